using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Policies;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Interactions.Read;

/// <summary>Binds region InteractionsRead: the Interaction type and the interaction list.</summary>
internal static class InteractionsReadSchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        NodeTypes.Register<Interaction>("Interaction", async (work, caller, ids, ct) =>
            (await InteractionLoaders.LoadAsync(work, caller, ids, ct)).ToDictionary(p => p.Key, p => (object)p.Value));

        return builder
            .BindEnum<InteractionChannel>("InteractionChannel")
            .BindEnum<CallPurpose>("CallPurpose")
            .BindEnum<OutcomeTag>("OutcomeTag")
            .BindEnum<Urgency>("Urgency")
            .BindEnum<VerificationMethod>("VerificationMethod")
            .BindConnection("InteractionConnection", "InteractionEdge")
            .Bind("Interaction", "id", c => ValueTask.FromResult<object?>(GlobalId.Encode("Interaction", ((Interaction)c.Source!).Id)))
            .Bind("Interaction", "customer", async c =>
                ((Interaction)c.Source!).CustomerId is { } customer ? await CustomerLoaders.ByIdAsync(c, customer) : null)
            .Bind("Interaction", "policy", async c =>
                ((Interaction)c.Source!).PolicyId is { } policy ? await PolicyLoaders.ByIdAsync(c, policy) : null)
            .Bind("Query", "interactions", async c => await InteractionQueries.PageAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), c.GetArgument<string?>("direction"), c.CancellationToken));
    }
}
