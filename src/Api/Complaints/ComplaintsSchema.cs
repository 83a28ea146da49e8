using Platform.Api.Callers;
using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Interactions.Read;
using Platform.Api.Policies;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Complaints;

/// <summary>Binds region Complaints: the Complaint type, the complaint list, analytics and the workflow mutations.</summary>
internal static class ComplaintsSchema
{
    private static readonly string[] ErrorUnions =
    [
        "FileComplaintError", "AcceptComplaintError", "AssignComplaintError", "StartComplaintInvestigationError",
        "ResolveComplaintError", "GiveComplaintFeedbackError", "ReviewComplaintError", "RequestComplaintReviewError",
        "ReopenComplaintError", "ArchiveComplaintError", "ExtendComplaintError", "PauseComplaintError", "ResumeComplaintError",
    ];

    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        NodeTypes.Register<Complaint>("Complaint", async (work, caller, ids, ct) =>
            await ComplaintQueries.ScopedAsync(work, caller, ct) is { } scoped
                ? (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(scoped.Where(c => ids.Contains(c.Id)), ct))
                    .ToDictionary(c => c.Id, c => (object)c)
                : new Dictionary<Guid, object>());

        foreach (var union in ErrorUnions)
        {
            builder.BindErrorUnion(union);
        }

        Analytics.ComplaintAnalyticsSchema.Bind(builder);

        return builder
            .BindEnum<ComplaintStatus>("ComplaintStatus")
            .BindEnum<ComplaintChannel>("ComplaintChannel")
            .BindEnum<ComplaintCategory>("ComplaintCategory")
            .BindEnum<ComplaintSeverity>("ComplaintSeverity")
            .BindEnum<ComplaintExtension>("ComplaintExtension")
            .BindEnum<MilestoneState>("DeadlineState")
            .BindEnum<ResolutionMeasureKind>("ResolutionMeasureKind")
            .BindEnum<ActorKind>("ComplaintActorKind")
            .BindEnum<CeilingExtensionProblem>("CeilingExtensionProblem")
            .BindEnum<PauseLogProblem>("ClockPauseProblem")
            .BindConnection("ComplaintConnection", "ComplaintEdge")
            .Bind("Complaint", "id", c => ValueTask.FromResult<object?>(GlobalId.Encode("Complaint", Of(c).Id)))
            .Bind("Complaint", "allowedNextStatuses", c => ValueTask.FromResult<object?>(ComplaintLifecycle.AllowedNext(Of(c).Status)))
            .Bind("Complaint", "paused", c => ValueTask.FromResult<object?>(Of(c).PausedAt is not null))
            .Bind("Complaint", "measures", c => ValueTask.FromResult<object?>(ComplaintCommands.MeasuresOf(Of(c))))
            .Bind("Complaint", "customer", async c => await CustomerLoaders.ByIdAsync(c, Of(c).ComplainantId))
            .Bind("Complaint", "policy", async c => Of(c).PolicyId is { } policy ? await PolicyLoaders.ByIdAsync(c, policy) : null)
            .Bind("Complaint", "interaction", async c => Of(c).InteractionId is { } interaction ? await InteractionLoaders.ByIdAsync(c, interaction) : null)
            .Bind("Complaint", "history", async c => await ComplaintQueries.HistoryAsync(c, Of(c)))
            .Bind("Complaint", "deadlines", async c => await ComplaintQueries.DeadlinesAsync(c, Of(c)))
            .Bind("Query", "complaints", async c => await ComplaintQueries.PageAsync(c))
            .Bind("Mutation", "fileComplaint", c => RunAsync(c, (commands, input, ct) => commands.FileAsync(
                new FileComplaintCommand(
                    OptionalId(input, "customerId", "Customer"),
                    input.GetValue<ComplaintChannel>("channel") ?? throw Missing("channel"),
                    input.GetValue<ComplaintCategory>("category") ?? throw Missing("category"),
                    input.GetValue<ComplaintSeverity>("severity") ?? ComplaintSeverity.General,
                    input.GetValue<bool>("urgent") ?? false,
                    input.Get<string>("description"),
                    input.Get<string>("customerExpectation"),
                    OptionalId(input, "policyId", "Policy"),
                    OptionalId(input, "interactionId", "Interaction")),
                ct)))
            .Bind("Mutation", "acceptComplaint", c => RunAsync(c, (commands, input, ct) => commands.AcceptAsync(ComplaintId(input), ct)))
            .Bind("Mutation", "assignComplaint", c => RunAsync(c, (commands, input, ct) => commands.AssignAsync(
                ComplaintId(input), input.GetValue<Guid>("handlerId") ?? throw Missing("handlerId"), ct)))
            .Bind("Mutation", "startComplaintInvestigation", c => RunAsync(c, (commands, input, ct) => commands.StartInvestigationAsync(ComplaintId(input), ct)))
            .Bind("Mutation", "resolveComplaint", c => RunAsync(c, (commands, input, ct) => commands.ResolveAsync(
                new ResolveComplaintCommand(ComplaintId(input), Measures(input), input.Get<string>("rootCause")), ct)))
            .Bind("Mutation", "giveComplaintFeedback", c => RunAsync(c, (commands, input, ct) => commands.GiveFeedbackAsync(
                new GiveFeedbackCommand(ComplaintId(input), input.Get<string>("text"), input.Get<string>("nextSteps")), ct)))
            .Bind("Mutation", "reviewComplaint", c => RunAsync(c, (commands, input, ct) => commands.ReviewAsync(ComplaintId(input), input.Get<string>("note"), ct)))
            .Bind("Mutation", "requestComplaintReview", c => RunAsync(c, (commands, input, ct) => commands.RequestReviewAsync(ComplaintId(input), input.Get<string>("reason"), ct)))
            .Bind("Mutation", "reopenComplaint", c => RunAsync(c, (commands, input, ct) => commands.ReopenAsync(ComplaintId(input), input.Get<string>("reason"), ct)))
            .Bind("Mutation", "archiveComplaint", c => RunAsync(c, (commands, input, ct) => commands.ArchiveAsync(ComplaintId(input), input.Get<string>("note"), ct)))
            .Bind("Mutation", "extendComplaint", c => RunAsync(c, (commands, input, ct) => commands.ExtendAsync(
                new ExtendComplaintCommand(
                    ComplaintId(input),
                    input.GetValue<ComplaintExtension>("to") ?? throw Missing("to"),
                    input.Get<string>("reason"),
                    input.GetValue<DateTimeOffset>("customerNotifiedAt")),
                ct)))
            .Bind("Mutation", "pauseComplaint", c => RunAsync(c, (commands, input, ct) => commands.PauseAsync(ComplaintId(input), input.Get<string>("reason"), ct)))
            .Bind("Mutation", "resumeComplaint", c => RunAsync(c, (commands, input, ct) => commands.ResumeAsync(ComplaintId(input), ct)));
    }

    private static Complaint Of(IResolveFieldContext context) => (Complaint)context.Source!;

    private static async ValueTask<object?> RunAsync(
        IResolveFieldContext context, Func<ComplaintCommands, IReadOnlyDictionary<string, object?>, CancellationToken, Task<ComplaintCommandResult>> command)
    {
        var input = context.Input("input") ?? throw Missing("input");
        var ct = context.CancellationToken;
        var caller = context.Caller();
        var work = context.Work();
        var tenant = caller.TenantId ?? throw new GraphQLException("Complaints belong to a tenant.", AuthorizeDirective.Forbidden);
        var me = await caller.RecordAsync(work, ct);
        var isCustomer = caller.Has(Role.Customer) && me.StaffId is null;
        if (isCustomer ? me.CustomerId is null : me.StaffId is null)
        {
            throw new GraphQLException("The caller has no customer or staff record in this tenant.", AuthorizeDirective.Forbidden);
        }

        var actor = new ComplaintActor(tenant, isCustomer ? null : me.StaffId, me.CustomerId, isCustomer, caller.Has(Role.Supervisor));
        var db = await work.DbAsync(ct);
        return await command(new ComplaintCommands(db, actor, ComplaintQueries.ClockOf(context)), input, ct);
    }

    private static GraphQLException Missing(string field) => new($"{field} is required.", "BAD_USER_INPUT");

    private static Guid ComplaintId(IReadOnlyDictionary<string, object?> input) =>
        GlobalId.Parse(input.Get<string>("complaintId"), "Complaint");

    private static Guid? OptionalId(IReadOnlyDictionary<string, object?> input, string field, string type) =>
        input.Get<string>(field) is { } id ? GlobalId.Parse(id, type) : null;

    private static IReadOnlyList<ResolutionMeasure> Measures(IReadOnlyDictionary<string, object?> input) =>
        [.. (input.List<IReadOnlyDictionary<string, object?>>("measures") ?? []).Select(m => new ResolutionMeasure(
            m.GetValue<ResolutionMeasureKind>("kind") ?? throw Missing("measures.kind"),
            m.Get<string>("description"),
            m.GetValue<decimal>("amount"),
            m.Get<string>("currency")))];
}
