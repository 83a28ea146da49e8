using System.Globalization;
using Platform.Api.Data;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;
using Platform.GraphQL.Types;

namespace Platform.Api.Confidentiality;

/// <summary>
/// Enforces <c>@pii(kind:)</c>: resolves the value, decides the caller's clearance for the customer it describes
/// (R-PII-03, batched per operation), returns it in full or masked (R-PII-02), refuses it for callers denied customer
/// data (FORBIDDEN), and writes one access-log row per full read of a sensitive value (R-PII-04).
/// </summary>
public static class PiiDirective
{
    /// <summary>The directive's name in the schema.</summary>
    public const string Name = "pii";

    /// <summary>Access-log action of a full read.</summary>
    public const string FullReadAction = "PII_FULL_READ";

    private const string LoaderKey = "Pii.clearance";
    private const string LoggedKey = "platform.pii-logged";

    /// <summary>The kind declared on a field, or null when the field is not personal data.</summary>
    public static PiiKind? KindOf(FieldDefinition field) => field.FindDirective(Name)?.GetArgument("kind") switch
    {
        PiiKind kind => kind,
        string text when Enum.TryParse<PiiKind>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The field middleware.</summary>
    public static FieldResolver Apply(ObjectType parentType, FieldDefinition field, FieldResolver next)
    {
        if (KindOf(field) is not { } kind)
        {
            return next;
        }

        return async context =>
        {
            var value = await next(context);
            if (value is null || context.Source is null)
            {
                return value;
            }

            var subject = PiiSubjects.Of(context.Source);
            var decision = await DecideAsync(context, subject.CustomerId);
            if (decision.Level == ClearanceLevel.Denied)
            {
                throw new GraphQLException($"{parentType.Name}.{field.Name} is customer data the caller may not read.", "FORBIDDEN");
            }

            var text = Text(value);
            if (decision.RequiresAccessLog(kind))
            {
                await LogFullReadAsync(context, subject, kind, decision);
            }

            return decision.Reveal(kind, text);
        };
    }

    /// <summary>The caller's clearance for a customer in this operation (one batch per level of the query).</summary>
    public static async ValueTask<ClearanceDecision> DecideAsync(IResolveFieldContext context, Guid customerId)
    {
        var caller = context.Caller();
        var work = context.Work();
        var services = context.RequestServices;
        var loader = context.GetDataLoader(LoaderKey, () => new DataLoader<Guid, ClearanceDecision>(async (ids, ct) =>
        {
            var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
            var viewer = await caller.ViewerAsync(work, ct);
            var handler = viewer.Roles.Contains(Domain.Staff.StaffRole.ComplaintHandler);
            var agent = viewer.Roles.Contains(Domain.Staff.StaffRole.Agent);
            var needsFacts = viewer.CustomerId is null && viewer.StaffId is { } staff && staff != Guid.Empty
                && !viewer.Roles.Contains(Domain.Staff.StaffRole.ComplianceOfficer) && (handler || agent);
            var facts = needsFacts
                ? await services.GetRequiredService<IClearanceFacts>().ForAsync(work, viewer.StaffId!.Value, handler, agent, ids, now, ct)
                : new Dictionary<Guid, ClearanceContext>();
            return ids.ToDictionary(id => id, id => Clearance.Decide(viewer, id, facts.GetValueOrDefault(id) ?? ClearanceContext.None, now));
        }));
        return (await loader.LoadAsync(customerId))!;
    }

    private static async ValueTask LogFullReadAsync(IResolveFieldContext context, PiiSubject subject, PiiKind kind, ClearanceDecision decision)
    {
        // One row per record and field per operation, however often the value appears in the response.
        if (context.Items.TryGetValue(LoggedKey, out var existing) is false || existing is not HashSet<(Guid, PiiKind)> logged)
        {
            logged = [];
            context.Items[LoggedKey] = logged;
        }

        if (!logged.Add((subject.RecordId, kind)))
        {
            return;
        }

        var caller = context.Caller();
        var work = context.Work();
        var record = await caller.RecordAsync(work, context.CancellationToken);
        var db = await work.DbAsync(context.CancellationToken);
        var now = (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var (actorKind, actorId) = caller.IsServiceClient ? (ActorKind.ServiceClient, caller.Subject)
            : record.CustomerId is { } customer && caller.Has(Callers.Role.Customer) ? (ActorKind.Customer, customer.ToString())
            : record.StaffId is { } staff ? (ActorKind.Staff, staff.ToString())
            : (ActorKind.Staff, caller.Subject);
        db.AccessLog.Add(new AccessLogEntry
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            OccurredAt = now,
            ActorKind = actorKind,
            ActorId = actorId,
            Action = FullReadAction,
            ResourceType = subject.RecordType,
            ResourceId = subject.RecordId,
            Field = kind.ToString(),
            Purpose = decision.Basis.ToString(),
            Granted = true,
        });
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
