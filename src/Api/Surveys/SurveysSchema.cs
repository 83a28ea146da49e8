using Platform.Api.Complaints;
using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Reporting;
using Platform.Api.Schema;
using Platform.Domain.Calendar;
using Platform.Domain.Entities;
using Platform.Domain.Surveys;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Surveys;

/// <summary>Binds region Surveys of the schema: survey responses, their list, satisfaction aggregates and submitSurvey.</summary>
internal static class SurveysSchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        NodeTypes.Register<SurveyResponse>("SurveyResponse", SurveyQueries.LoadAsync);
        return builder
            .BindEnum<SurveyDimension>("SurveyDimension")
            .BindEnum<PeriodUnit>("PeriodUnit")
            .BindConnection("SurveyResponseConnection", "SurveyResponseEdge")
            .BindErrorUnion("SubmitSurveyError")
            .BindErrorType("SurveyAlreadyAnsweredError")
            .BindErrorType("SurveyScoreInvalidError", "field")
            .BindErrorType("SurveyTargetInvalidError")
            .BindErrorType("SurveyTargetNotFoundError")
            .Bind("SurveyResponse", "id", c => Sync(GlobalId.Encode("SurveyResponse", Row(c).Id)))
            .Bind("SurveyResponse", "satisfied", c => Sync(Row(c).OverallScore >= SatisfactionRate.SatisfiedFrom))
            .Bind("SurveyResponse", "interactionId", c => Sync(Row(c).InteractionId is { } id ? GlobalId.Encode("Interaction", id) : null))
            .Bind("SurveyResponse", "complaintId", c => Sync(Row(c).ComplaintId is { } id ? GlobalId.Encode("Complaint", id) : null))
            .Bind("SurveyResponse", "policyId", c => Sync(Row(c).PolicyId is { } id ? GlobalId.Encode("Policy", id) : null))
            .Bind("SurveyResponse", "customer", async c => await CustomerLoaders.ByIdAsync(c, Row(c).CustomerId))
            .Bind("Query", "surveys", async c => await SurveyQueries.PageAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), c.CancellationToken))
            .Bind("Query", "satisfaction", async c =>
            {
                var request = new SatisfactionQueries.Request(
                    await ReportPeriod.ReadAsync(c.Work(), c.Input("period")!, c.CancellationToken),
                    c.Arguments.TryGetValue("dimension", out var d) && d is SurveyDimension dimension ? dimension : null,
                    EnumName(c.Arguments.GetValueOrDefault("groupBy")) ?? "NONE",
                    c.Arguments.GetValueOrDefault("agentId") as Guid?, c.Arguments.GetValueOrDefault("teamId") as Guid?);
                return await SatisfactionQueries.ReportAsync(c.Work(), c.Caller(), request, c.CancellationToken);
            })
            .Bind("Mutation", "submitSurvey", async c =>
                await SurveyCommands.SubmitAsync(
                    c.Work(), c.Caller(), c.Input("input")!, CustomersSchema.Clock(c).GetUtcNow(), ComplaintQueries.ClockOf(c), c.CancellationToken))
            .Bind("SubmitSurveyPayload", "surveyResponse", c => Sync(((SurveyCommands.Result)c.Source!).SurveyResponse))
            .Bind("SubmitSurveyPayload", "errors", c => Sync(((SurveyCommands.Result)c.Source!).Errors));
    }

    private static SurveyResponse Row(IResolveFieldContext context) => (SurveyResponse)context.Source!;

    private static ValueTask<object?> Sync(object? value) => ValueTask.FromResult(value);

    // Unbound SDL enums arrive as their value names.
    private static string? EnumName(object? value) => value?.ToString();
}
