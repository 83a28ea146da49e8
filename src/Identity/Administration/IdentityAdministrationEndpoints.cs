using Microsoft.AspNetCore.Mvc;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;

namespace Platform.Identity.Administration;

/// <summary>
/// HTTP administration of accounts and service clients under <c>/admin</c>, called by the insurer API.
/// <para>
/// Why HTTP and the caller's own token: the API holds no credential for the identity schema and no privileged
/// client secret; it forwards the administrator's access token, and this service re-checks role and tenant from that
/// token itself. A compromised API can therefore do no more here than the administrators whose tokens it sees, and
/// the token service stays the only process that writes password hashes, secret hashes and grants.
/// </para>
/// </summary>
public static class IdentityAdministrationEndpoints
{
    /// <summary>Maps the administration endpoints.</summary>
    public static void Map(WebApplication app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapPost("/users", (HttpContext http, CreateUserAccountRequest request) =>
            RunAsync<UserAdministration>(http, async (users, caller, ct) =>
            {
                var (created, refusal) = await users.CreateAsync(caller, request, ct);
                return created is null ? refusal!.ToResult(http) : Results.Json(created, statusCode: StatusCodes.Status201Created);
            }));
        admin.MapGet("/users", (HttpContext http, [FromQuery(Name = "id")] Guid[]? ids) =>
            RunAsync<UserAdministration>(http, async (users, caller, ct) =>
            {
                var (list, refusal) = await users.ListAsync(caller, ids ?? [], ct);
                return list is null ? refusal!.ToResult(http) : Results.Json(list);
            }));
        admin.MapPost("/users/{userId:guid}/roles/{change}", (HttpContext http, Guid userId, string change, RoleChangeRequest request) =>
            RunAsync<UserAdministration>(http, async (users, caller, ct) =>
            {
                if (change is not ("add" or "remove"))
                {
                    return AdministrationRefusal.NotFound("Unknown role change; use add or remove.").ToResult(http);
                }

                var (user, refusal) = await users.ChangeRolesAsync(caller, userId, request.Roles, change == "add", ct);
                return user is null ? refusal!.ToResult(http) : Results.Json(user);
            }));
        admin.MapDelete("/users/{userId:guid}", (HttpContext http, Guid userId) =>
            RunAsync<UserAdministration>(http, async (users, caller, ct) =>
                await users.DeleteAsync(caller, userId, ct) is { } refusal ? refusal.ToResult(http) : Results.NoContent()));

        admin.MapPost("/clients", (HttpContext http, CreateServiceClientRequest request) =>
            RunAsync<ClientAdministration>(http, async (clients, caller, ct) =>
            {
                var (created, refusal) = await clients.CreateAsync(caller, request, ct);
                return created is null ? refusal!.ToResult(http) : Results.Json(created, statusCode: StatusCodes.Status201Created);
            }));
        // Cast so the result is written (a lambda taking only HttpContext would bind as a RequestDelegate).
        admin.MapGet("/clients", (Delegate)((HttpContext http) =>
            RunAsync<ClientAdministration>(http, async (clients, caller, ct) =>
            {
                if (ClientListQuery.Parse(http.Request.Query) is not { } query)
                {
                    return AdministrationRefusal.Invalid("INVALID_LIST_QUERY", "The list position or limit is malformed.").ToResult(http);
                }

                var (list, refusal) = await clients.ListAsync(caller, query, ct);
                return list is null ? refusal!.ToResult(http) : Results.Json(list);
            })));
        admin.MapGet("/clients/count", (Delegate)((HttpContext http) =>
            RunAsync<ClientAdministration>(http, async (clients, caller, ct) =>
            {
                var (enabled, role, prefix) = ClientListQuery.Filter(http.Request.Query);
                var (count, refusal) = await clients.CountAsync(caller, enabled, role, prefix, ct);
                return count is null ? refusal!.ToResult(http) : Results.Json(count);
            })));
        admin.MapPost("/clients/{clientId}/secret", (HttpContext http, string clientId) =>
            RunAsync<ClientAdministration>(http, async (clients, caller, ct) =>
            {
                var (rotated, refusal) = await clients.RotateSecretAsync(caller, clientId, ct);
                return rotated is null ? refusal!.ToResult(http) : Results.Json(rotated);
            }));
        admin.MapPost("/clients/{clientId}/disable", (HttpContext http, string clientId) =>
            RunAsync<ClientAdministration>(http, async (clients, caller, ct) =>
            {
                var (client, refusal) = await clients.DisableAsync(caller, clientId, ct);
                return client is null ? refusal!.ToResult(http) : Results.Json(client);
            }));
    }

    private static async Task<IResult> RunAsync<TService>(HttpContext http, Func<TService, AdministrationCaller, CancellationToken, Task<IResult>> action)
        where TService : class
    {
        var services = http.RequestServices;
        var (caller, refusal) = await AdministrationCaller.AuthenticateAsync(
            http, services.GetRequiredService<AccessTokenValidator>(), services.GetRequiredService<TenantGate>());
        if (caller is null)
        {
            if (refusal!.StatusCode == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            return refusal.ToResult(http);
        }

        http.Response.Headers.CacheControl = "no-store";
        var service = ActivatorUtilities.CreateInstance<TService>(services);
        return await action(service, caller, http.RequestAborted);
    }
}
