using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Staff;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Interactions.Commands;

/// <summary>Binds region Interactions: the interaction mutations, their payloads and typed errors.</summary>
internal static class InteractionsCommandSchema
{
    private static readonly string[] ErrorUnions =
    [
        "StartInteractionError", "VerifyIdentityError", "RecordWrapUpError", "TransferInteractionError",
        "EscalateInteractionError", "MarkDoNotCallError", "EndInteractionError",
    ];

    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        foreach (var union in ErrorUnions)
        {
            builder.BindErrorUnion(union);
        }

        return builder
            .BindEnum<EscalationKind>("EscalationKind")
            .BindEnum<VerificationOutcome>("VerificationOutcome")
            .BindEnum<CertificationGap>("CertificationGap")
            .BindEnum<OutboundCallRefusal>("CallingWindowRefusal")
            .BindEnum<WrapUpProblem>("WrapUpProblem")
            .BindEnum<TransferProblem>("TransferProblem")
            .Bind("Mutation", "startInteraction", c => RunAsync(c, (commands, input, ct) => commands.StartAsync(
                new StartInteractionCommand(
                    input.GetValue<InteractionChannel>("channel") ?? throw new GraphQLException("channel is required.", "BAD_USER_INPUT"),
                    OptionalId(input, "customerId", "Customer"),
                    OptionalId(input, "policyId", "Policy"),
                    input.GetValue<CallPurpose>("purpose"),
                    input.GetValue<DateTimeOffset>("offeredAt")),
                ct)))
            .Bind("Mutation", "verifyIdentity", c => RunAsync(c, (commands, input, ct) => commands.VerifyIdentityAsync(
                new VerifyIdentityCommand(
                    InteractionId(input),
                    input.GetValue<VerificationMethod>("method") ?? throw new GraphQLException("method is required.", "BAD_USER_INPUT"),
                    input.Get<string>("policyNumberLast6"),
                    input.Get<string>("idNumberLast4"),
                    input.Get<string>("reservedPhone"),
                    input.Get<string>("relativeRelationship"),
                    input.GetValue<bool>("relativeRelationshipConfirmed") ?? false,
                    input.Get<string>("relativeName")),
                ct)))
            .Bind("Mutation", "recordWrapUp", c => RunAsync(c, (commands, input, ct) => commands.RecordWrapUpAsync(
                new RecordWrapUpCommand(InteractionId(input), input.Get<string>("content"), input.GetValue<OutcomeTag>("outcome")), ct)))
            .Bind("Mutation", "transferInteraction", c => RunAsync(c, (commands, input, ct) => commands.TransferAsync(
                new TransferInteractionCommand(
                    InteractionId(input),
                    input.GetValue<Guid>("targetAgentId") ?? throw new GraphQLException("targetAgentId is required.", "BAD_USER_INPUT"),
                    input.Get<string>("reason"),
                    input.GetValue<int>("expectedWaitSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null),
                ct)))
            .Bind("Mutation", "escalateInteraction", c => RunAsync(c, (commands, input, ct) => commands.EscalateAsync(
                new EscalateInteractionCommand(
                    InteractionId(input),
                    input.GetValue<EscalationKind>("kind") ?? throw new GraphQLException("kind is required.", "BAD_USER_INPUT"),
                    input.Get<string>("reason")),
                ct)))
            .Bind("Mutation", "markDoNotCall", c => RunAsync(c, (commands, input, ct) => commands.MarkDoNotCallAsync(
                new MarkDoNotCallCommand(
                    InteractionId(input),
                    input.GetValue<CallPurpose>("scope") ?? throw new GraphQLException("scope is required.", "BAD_USER_INPUT"),
                    input.Get<string>("note")),
                ct)))
            .Bind("Mutation", "endInteraction", c => RunAsync(c, (commands, input, ct) => commands.EndAsync(
                new EndInteractionCommand(InteractionId(input)), ct)))
            .Bind("Interaction", "simpleInquiryOverrun", c => ValueTask.FromResult<object?>(
                c.Source is Interaction { EndedAt: { } ended } i && CallHandling.IsSimpleInquiryOverrun(i.AnsweredAt ?? i.StartedAt, ended)));
    }

    private static async ValueTask<object?> RunAsync<T>(
        IResolveFieldContext context, Func<InteractionCommands, IReadOnlyDictionary<string, object?>, CancellationToken, Task<T>> command)
    {
        var input = context.Input("input") ?? throw new GraphQLException("input is required.", "BAD_USER_INPUT");
        var ct = context.CancellationToken;
        var caller = context.Caller();
        var db = await context.Work().DbAsync(ct);
        var actor = new CommandActor(
            caller.TenantId ?? throw new GraphQLException("Interactions belong to a tenant.", AuthorizeDirective.Forbidden),
            caller.Subject,
            caller.Roles.Select(StaffRoleOf).OfType<StaffRole>().ToHashSet());
        var clock = context.RequestServices.GetService<InteractionClock>() ?? InteractionClock.System;
        try
        {
            return await command(new InteractionCommands(db, actor, clock), input, ct);
        }
        catch (NotAStaffMemberException exception)
        {
            throw new GraphQLException(exception.Message, AuthorizeDirective.Forbidden);
        }
    }

    private static StaffRole? StaffRoleOf(Role role) => Enum.TryParse<StaffRole>(role.ToString(), out var staffRole) ? staffRole : null;

    private static Guid InteractionId(IReadOnlyDictionary<string, object?> input) =>
        GlobalId.Parse(input.Get<string>("interactionId"), "Interaction");

    private static Guid? OptionalId(IReadOnlyDictionary<string, object?> input, string field, string type) =>
        input.Get<string>(field) is { } id ? GlobalId.Parse(id, type) : null;
}
