using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Interactions.Read;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Policies;
using Platform.GraphQL.Types;

namespace Platform.Api.Policies;

/// <summary>Binds region Policies of the schema: the Policy type, the policy lists and their mutations.</summary>
internal static class PoliciesSchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        NodeTypes.Register<Policy>("Policy", async (work, caller, ids, ct) =>
            (await PolicyLoaders.LoadAsync(work, caller, ids, ct)).ToDictionary(p => p.Key, p => (object)p.Value));

        return builder
            .BindEnum<ProductLine>("ProductLine")
            .BindEnum<PolicyStatus>("PolicyStatus")
            .BindConnection("PolicyConnection", "PolicyEdge")
            .BindErrorUnion("CreatePolicyError")
            .BindErrorUnion("UpdatePolicyError")
            .BindErrorType("PolicyInvalidError", "field")
            .BindErrorType("PolicyNumberTakenError")
            .BindErrorType("PolicyNotFoundError")
            .Bind("Policy", "id", c => ValueTask.FromResult<object?>(GlobalId.Encode("Policy", ((Policy)c.Source!).Id)))
            .Bind("Policy", "renewalReminderDueOn", c => ValueTask.FromResult<object?>(RenewalReminder.DueOn(((Policy)c.Source!).EndDate)))
            .Bind("Policy", "renewalDue", async c =>
            {
                var policy = (Policy)c.Source!;
                var today = await c.Work().TodayAsync(CustomersSchema.Clock(c), c.CancellationToken);
                return RenewalReminder.AppliesTo(policy.Status) && RenewalReminder.IsDue(policy.EndDate, today);
            })
            .Bind("Policy", "holder", async c => await CustomerLoaders.ByIdAsync(c, ((Policy)c.Source!).PolicyholderId))
            .Bind("Policy", "insured", async c => await CustomerLoaders.ByIdAsync(c, ((Policy)c.Source!).InsuredId))
            .Bind("Policy", "interactions", async c =>
                await InteractionLoaders.LatestOfPolicyAsync(c, ((Policy)c.Source!).Id, InteractionLoaders.Count(c)))
            .Bind("Query", "policies", async c => await PolicyQueries.PageAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), CustomersSchema.Clock(c), c.CancellationToken))
            .Bind("Query", "policiesDueForRenewal", async c => await PolicyQueries.RenewalsDueAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), CustomersSchema.Clock(c), c.CancellationToken))
            .Bind("Mutation", "createPolicy", async c =>
                await PolicyCommands.CreateAsync(c.Work(), c.Caller(), c.Input("input")!, CustomersSchema.Clock(c).GetUtcNow(), c.CancellationToken))
            .Bind("Mutation", "updatePolicy", async c =>
                await PolicyCommands.UpdateAsync(c.Work(), c.Caller(), c.Input("input")!, c.CancellationToken))
            .Bind("CreatePolicyPayload", "policy", c => ValueTask.FromResult<object?>(((PolicyCommands.Result)c.Source!).Policy))
            .Bind("CreatePolicyPayload", "errors", c => ValueTask.FromResult<object?>(((PolicyCommands.Result)c.Source!).Errors))
            .Bind("UpdatePolicyPayload", "policy", c => ValueTask.FromResult<object?>(((PolicyCommands.Result)c.Source!).Policy))
            .Bind("UpdatePolicyPayload", "errors", c => ValueTask.FromResult<object?>(((PolicyCommands.Result)c.Source!).Errors));
    }
}
