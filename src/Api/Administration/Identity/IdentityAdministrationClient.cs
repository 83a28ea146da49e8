using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.GraphQL.Execution;

namespace Platform.Api.Administration.Identity;

/// <summary>
/// Calls the token service's <c>/admin</c> endpoints with the administrator's own access token (forwarded from the
/// GraphQL request), so the API holds no privileged credential for accounts and clients; the token service checks
/// role and tenant again from that token.
/// </summary>
public sealed class IdentityAdministrationClient(HttpClient http)
{
    /// <summary>Creates an account; the tenant is the caller's unless a platform admin names one.</summary>
    public Task<IdentityOutcome<IdentityCreatedAccount>> CreateAccountAsync(string token, string userName, string? displayName, IReadOnlyList<string> roles, Guid? tenantId, Guid? staffMemberId, CancellationToken ct) =>
        SendAsync<IdentityCreatedAccount>(token, HttpMethod.Post, "admin/users", new { userName, displayName, roles, tenantId, staffMemberId }, ct);

    /// <summary>The caller's tenant's accounts with the given ids.</summary>
    public Task<IdentityOutcome<IdentityAccount[]>> AccountsAsync(string token, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? Task.FromResult(new IdentityOutcome<IdentityAccount[]>([], null))
            : SendAsync<IdentityAccount[]>(token, HttpMethod.Get, "admin/users?" + string.Join('&', ids.Select(id => "id=" + id)), null, ct);

    /// <summary>Adds (or removes) roles of an account of the caller's tenant.</summary>
    public Task<IdentityOutcome<IdentityAccount>> ChangeRolesAsync(string token, Guid accountId, IReadOnlyList<string> roles, bool add, CancellationToken ct) =>
        SendAsync<IdentityAccount>(token, HttpMethod.Post, $"admin/users/{accountId}/roles/{(add ? "add" : "remove")}", new { roles }, ct);

    /// <summary>Deletes an account (undoing a creation whose staff record could not be written).</summary>
    public async Task DeleteAccountAsync(string token, Guid accountId, CancellationToken ct) =>
        await SendAsync<object>(token, HttpMethod.Delete, $"admin/users/{accountId}", null, ct);

    /// <summary>Creates a service client of the caller's tenant.</summary>
    public Task<IdentityOutcome<IdentityServiceClientWithSecret>> CreateClientAsync(string token, string clientId, string? displayName, IReadOnlyList<string> roles, CancellationToken ct) =>
        SendAsync<IdentityServiceClientWithSecret>(token, HttpMethod.Post, "admin/clients", new { clientId, displayName, roles }, ct);

    /// <summary>
    /// One keyset page of the caller's tenant's service clients; <paramref name="query"/> is the query string of
    /// <c>GET /admin/clients</c> (order, direction, bounds, limit, filters).
    /// </summary>
    public Task<IdentityOutcome<IdentityServiceClient[]>> ClientsAsync(string token, string query, CancellationToken ct) =>
        SendAsync<IdentityServiceClient[]>(token, HttpMethod.Get, "admin/clients?" + query, null, ct);

    /// <summary>How many of the caller's tenant's service clients match the filter part of <paramref name="query"/>.</summary>
    public Task<IdentityOutcome<IdentityServiceClientCount>> CountClientsAsync(string token, string query, CancellationToken ct) =>
        SendAsync<IdentityServiceClientCount>(token, HttpMethod.Get, "admin/clients/count?" + query, null, ct);

    /// <summary>Replaces a client's secret.</summary>
    public Task<IdentityOutcome<IdentityServiceClientWithSecret>> RotateSecretAsync(string token, string clientId, CancellationToken ct) =>
        SendAsync<IdentityServiceClientWithSecret>(token, HttpMethod.Post, $"admin/clients/{Uri.EscapeDataString(clientId)}/secret", null, ct);

    /// <summary>Disables a client.</summary>
    public Task<IdentityOutcome<IdentityServiceClient>> DisableClientAsync(string token, string clientId, CancellationToken ct) =>
        SendAsync<IdentityServiceClient>(token, HttpMethod.Post, $"admin/clients/{Uri.EscapeDataString(clientId)}/disable", null, ct);

    private async Task<IdentityOutcome<T>> SendAsync<T>(string token, HttpMethod method, string path, object? body, CancellationToken ct)
        where T : class
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException)
        {
            throw new GraphQLException("The identity service is not reachable; try again shortly.", "SERVICE_UNAVAILABLE");
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return response.StatusCode == HttpStatusCode.NoContent
                    ? new IdentityOutcome<T>(null, null)
                    : new IdentityOutcome<T>(await response.Content.ReadFromJsonAsync<T>(ct), null);
            }

            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                    throw new GraphQLException("The identity service did not accept the caller's token.", "UNAUTHENTICATED");
                case HttpStatusCode.Forbidden:
                    throw new GraphQLException("The identity service refused this change for the caller.", "FORBIDDEN");
                case HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity:
                    var refusal = await ReadRefusalAsync(response, ct);
                    return new IdentityOutcome<T>(null, refusal);
                default:
                    throw new GraphQLException("The identity service failed; the change was not made.", "SERVICE_UNAVAILABLE");
            }
        }
    }

    private static async Task<IdentityRefusal> ReadRefusalAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<IdentityRefusal>(ct) ?? new IdentityRefusal("NOT_FOUND", "Not found.");
        }
        catch (System.Text.Json.JsonException)
        {
            // A 404 from routing has no JSON body.
            return new IdentityRefusal("NOT_FOUND", "Not found.");
        }
    }
}
