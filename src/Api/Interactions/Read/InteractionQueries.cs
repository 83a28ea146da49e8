using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.GraphQL.Execution;

namespace Platform.Api.Interactions.Read;

/// <summary>The interaction list: row scope by role, filters (channel, agent, customer, time range, flags), keyset by start time.</summary>
public static class InteractionQueries
{
    // The names predate orderBy; kept so cursors handed out with `direction` stay valid.
    private static readonly KeysetOrders<Interaction> Orders = new KeysetOrders<Interaction>("interactions")
        .Add("STARTED_AT", descending: true, new KeysetOrder<Interaction, DateTimeOffset>("started-desc", i => i.StartedAt, i => i.Id, descending: true))
        .Add("STARTED_AT", descending: false, new KeysetOrder<Interaction, DateTimeOffset>("started", i => i.StartedAt, i => i.Id, descending: false));

    /// <summary>One page of interactions for the caller.</summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT when both the deprecated <c>direction</c> and <c>orderBy</c> are given.</exception>
    public static async Task<Connection<Interaction>> PageAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyDictionary<string, object?>? orderBy, string? direction, CancellationToken ct)
    {
        if (orderBy is not null && direction is not null)
        {
            throw new GraphQLException("Pass either orderBy or the deprecated direction, not both.", "BAD_USER_INPUT");
        }

        var order = Orders.Pick(orderBy ?? (direction is null ? null : new Dictionary<string, object?> { ["direction"] = direction }), "STARTED_AT", defaultDescending: true);
        var scope = await RowScope.ForAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var query = Filter(scope.Interactions(db, db.Interactions), filter);
        return await order.PageAsync(query, page, ct);
    }

    private static IQueryable<Interaction> Filter(IQueryable<Interaction> query, IReadOnlyDictionary<string, object?>? filter)
    {
        if (filter.List<InteractionChannel>("channels") is { } channels)
        {
            var wanted = channels.ToArray();
            query = query.Where(i => wanted.Contains(i.Channel));
        }

        if (filter.GetValue<Guid>("agentId") is { } agent)
        {
            query = query.Where(i => i.AgentId == agent);
        }

        if (filter.Get<string>("customerId") is { } customerGlobal)
        {
            var customer = GlobalId.Parse(customerGlobal, "Customer");
            query = query.Where(i => i.CustomerId == customer);
        }

        if (filter.Get<string>("policyId") is { } policyGlobal)
        {
            var policy = GlobalId.Parse(policyGlobal, "Policy");
            query = query.Where(i => i.PolicyId == policy);
        }

        if (filter.GetValue<DateTimeOffset>("startedFrom") is { } from)
        {
            query = query.Where(i => i.StartedAt >= from);
        }

        if (filter.GetValue<DateTimeOffset>("startedBefore") is { } before)
        {
            query = query.Where(i => i.StartedAt < before);
        }

        if (filter.GetValue<bool>("lateAnswer") is { } lateAnswer)
        {
            query = query.Where(i => i.LateAnswer == lateAnswer);
        }

        if (filter.GetValue<bool>("lateWrapUp") is { } lateWrapUp)
        {
            query = query.Where(i => i.LateWrapUp == lateWrapUp);
        }

        if (filter.GetValue<bool>("urgent") is { } urgent)
        {
            query = urgent ? query.Where(i => i.Urgency == Urgency.Urgent) : query.Where(i => i.Urgency != Urgency.Urgent);
        }

        if (filter.GetValue<bool>("open") is { } open)
        {
            query = open ? query.Where(i => i.EndedAt == null) : query.Where(i => i.EndedAt != null);
        }

        if (filter.List<OutcomeTag>("outcomeTags") is { } tags)
        {
            var wanted = tags.ToArray();
            query = query.Where(i => i.OutcomeTag != null && wanted.Contains(i.OutcomeTag.Value));
        }

        return query;
    }
}
