using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Staff;
using Platform.Domain.Training;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Training;

/// <summary>Binds region Training of the schema: courses, records, assessments, the compliance view and certification.</summary>
internal static class TrainingSchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        NodeTypes.Register<TrainingCourse>("TrainingCourse", TrainingQueries.CourseNodesAsync);
        NodeTypes.Register<TrainingRecord>("TrainingRecord", TrainingQueries.RecordNodesAsync);
        NodeTypes.Register<PsychologicalAssessment>("PsychologicalAssessment", TrainingQueries.AssessmentNodesAsync);
        return builder
            .BindEnum<CourseKind>("CourseKind")
            .BindEnum<TrainingRequirement>("TrainingRequirement")
            .BindConnection("TrainingCourseConnection", "TrainingCourseEdge")
            .BindConnection("TrainingRecordConnection", "TrainingRecordEdge")
            .BindConnection("PsychologicalAssessmentConnection", "PsychologicalAssessmentEdge")
            .BindErrorUnion("CreateTrainingCourseError")
            .BindErrorUnion("UpdateTrainingCourseError")
            .BindErrorType("TrainingCourseInvalidError", "field")
            .BindErrorType("TrainingCourseCodeTakenError")
            .BindErrorUnion("RecordTrainingError")
            .BindErrorUnion("RecordAssessmentError")
            .BindErrorType("TrainingStaffNotFoundError")
            .BindErrorType("TrainingCourseNotFoundError")
            .BindErrorType("TrainingRecordInvalidError", "field")
            .BindErrorType("AssessmentInvalidError", "field")
            .Bind("TrainingCourse", "id", c => Sync(GlobalId.Encode("TrainingCourse", ((TrainingCourse)c.Source!).Id)))
            .Bind("TrainingRecord", "id", c => Sync(GlobalId.Encode("TrainingRecord", ((TrainingRecord)c.Source!).Id)))
            .Bind("TrainingRecord", "staff", async c => await TrainingQueries.StaffAsync(c, ((TrainingRecord)c.Source!).StaffMemberId))
            .Bind("TrainingRecord", "course", async c => await TrainingQueries.CourseAsync(c, ((TrainingRecord)c.Source!).CourseId))
            .Bind("PsychologicalAssessment", "id", c => Sync(GlobalId.Encode("PsychologicalAssessment", ((PsychologicalAssessment)c.Source!).Id)))
            .Bind("PsychologicalAssessment", "staff", async c => await TrainingQueries.StaffAsync(c, ((PsychologicalAssessment)c.Source!).StaffMemberId))
            .Bind("Query", "trainingCourses", async c => await TrainingQueries.CoursesAsync(
                c.Work(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), c.CancellationToken))
            .Bind("Query", "trainingRecords", async c => await TrainingQueries.RecordsAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), c.CancellationToken))
            .Bind("Query", "psychologicalAssessments", async c => await TrainingQueries.AssessmentsAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), c.CancellationToken))
            .Bind("Query", "trainingCompliance", async c => await TrainingComplianceQueries.ReportAsync(
                c.Work(), c.Caller(), (int)c.Arguments["year"]!, (int)c.Arguments["quarter"]!, c.CancellationToken))
            .Bind("Query", "agentCertification", async c => await TrainingComplianceQueries.CertificationAsync(
                c.Work(), c.Caller(), (Guid)c.Arguments["staffId"]!, c.CancellationToken))
            .Bind("Mutation", "createTrainingCourse", async c =>
                await TrainingCommands.CreateCourseAsync(c.Work(), c.Input("input")!, CustomersSchema.Clock(c).GetUtcNow(), c.CancellationToken))
            .Bind("Mutation", "updateTrainingCourse", async c =>
                await TrainingCommands.UpdateCourseAsync(c.Work(), c.Input("input")!, c.CancellationToken))
            .Bind("CreateTrainingCoursePayload", "trainingCourse", c => Sync(((TrainingCommands.Result)c.Source!).Value))
            .Bind("CreateTrainingCoursePayload", "errors", c => Sync(((TrainingCommands.Result)c.Source!).Errors))
            .Bind("UpdateTrainingCoursePayload", "trainingCourse", c => Sync(((TrainingCommands.Result)c.Source!).Value))
            .Bind("UpdateTrainingCoursePayload", "errors", c => Sync(((TrainingCommands.Result)c.Source!).Errors))
            .Bind("Mutation", "recordTraining", async c =>
                await TrainingCommands.RecordTrainingAsync(c.Work(), c.Input("input")!, CustomersSchema.Clock(c).GetUtcNow(), c.CancellationToken))
            .Bind("Mutation", "recordAssessment", async c =>
                await TrainingCommands.RecordAssessmentAsync(c.Work(), c.Input("input")!, CustomersSchema.Clock(c).GetUtcNow(), c.CancellationToken))
            .Bind("RecordTrainingPayload", "trainingRecord", c => Sync(((TrainingCommands.Result)c.Source!).Value))
            .Bind("RecordTrainingPayload", "errors", c => Sync(((TrainingCommands.Result)c.Source!).Errors))
            .Bind("RecordAssessmentPayload", "assessment", c => Sync(((TrainingCommands.Result)c.Source!).Value))
            .Bind("RecordAssessmentPayload", "errors", c => Sync(((TrainingCommands.Result)c.Source!).Errors));
    }

    private static ValueTask<object?> Sync(object? value) => ValueTask.FromResult(value);
}
