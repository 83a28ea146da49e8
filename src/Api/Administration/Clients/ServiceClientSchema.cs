using Platform.Api.Administration.Identity;
using Platform.Api.Callers;
using Platform.Api.Relay;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Administration.Clients;

/// <summary>Binds service-client administration: <c>serviceClients</c>, its mutations and the <c>ServiceClient</c> type.</summary>
internal static class ServiceClientSchema
{
    public static SchemaBuilder Bind(SchemaBuilder b) => b
        .BindConnection("ServiceClientConnection", "ServiceClientEdge")
        .Bind("Query", "serviceClients", async c => await Clients(c).PageAsync(
            AdministrationRequest.Token(c), PageRequest.From(c), c.GetArgument<IReadOnlyDictionary<string, object?>>("filter"),
            c.GetArgument<IReadOnlyDictionary<string, object?>>("orderBy"), c.CancellationToken))
        .Bind("Mutation", "createServiceClient", async c =>
        {
            var input = AdministrationRequest.Input(c);
            var (created, error) = await Clients(c).CreateAsync(AdministrationRequest.Token(c), input.Get<string>("clientId"), input.Get<string>("displayName"), input.List<Role>("roles"), c.CancellationToken);
            return AdministrationRequest.Payload("serviceClient", created?.Client, error, ("secret", created?.Secret));
        })
        .Bind("Mutation", "rotateServiceClientSecret", async c =>
        {
            var (rotated, error) = await Clients(c).RotateSecretAsync(AdministrationRequest.Token(c), AdministrationRequest.Input(c).Get<string>("clientId"), c.CancellationToken);
            return AdministrationRequest.Payload("serviceClient", rotated?.Client, error, ("secret", rotated?.Secret));
        })
        .Bind("Mutation", "disableServiceClient", async c =>
        {
            var (client, error) = await Clients(c).DisableAsync(AdministrationRequest.Token(c), AdministrationRequest.Input(c).Get<string>("clientId"), c.CancellationToken);
            return AdministrationRequest.Payload("serviceClient", client, error);
        })
        .Bind("ServiceClient", "roles", c => ValueTask.FromResult<object?>(
            ((IdentityServiceClient)c.Source!).Roles.Select(r => RoleNames.TryParse(r, out var role) ? role : (Role?)null).OfType<Role>().ToList()));

    private static ServiceClientAdministration Clients(IResolveFieldContext c) => c.RequestServices.GetRequiredService<ServiceClientAdministration>();
}
