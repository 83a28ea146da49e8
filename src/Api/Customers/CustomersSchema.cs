using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Interactions.Read;
using Platform.Api.Policies;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Customers;

/// <summary>Binds region Customers of the schema: the Customer type, the customer list and its mutations.</summary>
internal static class CustomersSchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        NodeTypes.Register<Customer>("Customer", async (work, caller, ids, ct) =>
            (await CustomerLoaders.LoadAsync(work, caller, ids, ct)).ToDictionary(p => p.Key, p => (object)p.Value));

        return builder
            .BindEnum<Gender>("Gender")
            .BindEnum<IdDocumentType>("IdDocumentType")
            .BindEnum<RiskLevel>("RiskLevel")
            .BindEnum<AgeBand>("AgeBand")
            .BindConnection("CustomerConnection", "CustomerEdge")
            .BindErrorUnion("CreateCustomerError")
            .BindErrorUnion("UpdateCustomerError")
            .BindErrorType("CustomerInvalidError", "field")
            .BindErrorType("CustomerNotFoundError")
            .Bind("Customer", "id", c => ValueTask.FromResult<object?>(GlobalId.Encode("Customer", ((Customer)c.Source!).Id)))
            .Bind("Customer", "ageBand", async c =>
            {
                var customer = (Customer)c.Source!;
                if (customer.BirthDate is not { } born)
                {
                    return null;
                }

                var today = await c.Work().TodayAsync(Clock(c), c.CancellationToken);
                return born > today ? null : CustomerAge.BandOn(born, today);
            })
            .Bind("Customer", "policiesHeld", async c => await PolicyLoaders.HeldByAsync(c, ((Customer)c.Source!).Id))
            .Bind("Customer", "policiesInsured", async c => await PolicyLoaders.InsuringAsync(c, ((Customer)c.Source!).Id))
            .Bind("Customer", "interactions", async c =>
                await InteractionLoaders.LatestOfCustomerAsync(c, ((Customer)c.Source!).Id, InteractionLoaders.Count(c)))
            .Bind("Query", "customers", async c => await CustomerQueries.PageAsync(
                c.Work(), c.Caller(), PageRequest.From(c), c.Input("filter"), c.Input("orderBy"), c.CancellationToken))
            .Bind("Mutation", "createCustomer", async c =>
                await CustomerCommands.CreateAsync(c.Work(), c.Input("input")!, Clock(c).GetUtcNow(), c.CancellationToken))
            .Bind("Mutation", "updateCustomer", async c =>
                await CustomerCommands.UpdateAsync(c.Work(), c.Caller(), c.Input("input")!, Clock(c).GetUtcNow(), c.CancellationToken))
            .Bind("CreateCustomerPayload", "customer", c => ValueTask.FromResult<object?>(((CustomerCommands.Result)c.Source!).Customer))
            .Bind("CreateCustomerPayload", "errors", c => ValueTask.FromResult<object?>(((CustomerCommands.Result)c.Source!).Errors))
            .Bind("UpdateCustomerPayload", "customer", c => ValueTask.FromResult<object?>(((CustomerCommands.Result)c.Source!).Customer))
            .Bind("UpdateCustomerPayload", "errors", c => ValueTask.FromResult<object?>(((CustomerCommands.Result)c.Source!).Errors));
    }

    /// <summary>The clock of the request (tests may replace TimeProvider).</summary>
    internal static TimeProvider Clock(IResolveFieldContext context) =>
        context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
}
