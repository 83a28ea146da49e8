using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Persistence;

namespace Platform.Api.Tests.Administration;

/// <summary>
/// Drives administration through the real services over HTTP: GraphQL calls with variables, real client_credentials
/// tokens, and user sign-in through the token service's authorization-code flow with PKCE.
/// </summary>
public sealed partial class AdministrationDriver(ApiStack stack)
{
    private const string WebClientId = "admin-tests-web";
    private const string RedirectUri = "http://127.0.0.1:9/callback";
    private static readonly SemaphoreSlim WebClientGate = new(1, 1);

    public ApiStack Stack => stack;

    /// <summary>A platform admin token (service client without tenant, role PLATFORM_ADMIN).</summary>
    public async Task<string> PlatformAdminTokenAsync()
    {
        var clientId = "platform-admin-" + Guid.NewGuid().ToString("N")[..8];
        var secret = await stack.AddServiceClientAsync(clientId, null, "PLATFORM_ADMIN");
        return await stack.TokenAsync(clientId, secret);
    }

    /// <summary>A tenant admin token of an existing tenant (service client with role TENANT_ADMIN).</summary>
    public async Task<string> TenantAdminClientTokenAsync(Guid tenantId)
    {
        var clientId = "tenant-admin-" + Guid.NewGuid().ToString("N")[..8];
        var secret = await stack.AddServiceClientAsync(clientId, tenantId, "TENANT_ADMIN");
        return await stack.TokenAsync(clientId, secret);
    }

    /// <summary>A fresh slug for a tenant created by a test.</summary>
    public static string NewSlug(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Runs a GraphQL operation and returns the parsed body (asserting HTTP 200).</summary>
    public async Task<JsonElement> GraphQLAsync(string token, string query, object? variables = null)
    {
        using var response = await PostAsync(token, query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GraphQL: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Runs a GraphQL operation and returns the raw response.</summary>
    public async Task<HttpResponseMessage> PostAsync(string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await stack.Api.SendAsync(request);
    }

    /// <summary>Runs a mutation, asserts no top-level errors and returns its payload.</summary>
    public async Task<JsonElement> MutateAsync(string token, string field, string query, object input)
    {
        var body = await GraphQLAsync(token, query, new { input });
        Assert.False(body.TryGetProperty("errors", out var errors), $"{field}: {errors}");
        return body.GetProperty("data").GetProperty(field);
    }

    /// <summary>Creates a tenant as platform admin and returns its global id.</summary>
    public async Task<string> CreateTenantAsync(string platformToken, string slug)
    {
        var payload = await MutateAsync(platformToken, "createTenant", AdministrationOperations.CreateTenant, new { slug, name = slug + " Insurance" });
        AssertNoErrors(payload);
        return payload.GetProperty("tenant").GetProperty("id").GetString()!;
    }

    /// <summary>Creates a tenant with one TENANT_ADMIN user; returns the tenant's global id, the admin's name and password.</summary>
    public async Task<(string TenantId, string UserName, string Password)> TenantWithAdminAsync(string platformToken, string prefix)
    {
        var slug = NewSlug(prefix);
        var tenantId = await CreateTenantAsync(platformToken, slug);
        var userName = slug + ".admin";
        var payload = await MutateAsync(platformToken, "createTenantAdmin", AdministrationOperations.CreateTenantAdmin,
            new { tenantId, userName, displayName = "Admin of " + slug, employeeNumber = "A-001" });
        AssertNoErrors(payload);
        return (tenantId, userName, payload.GetProperty("initialPassword").GetString()!);
    }

    /// <summary>Asserts that a payload has no errors.</summary>
    public static void AssertNoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.GetProperty("errors").ToString());

    /// <summary>Asserts a payload refused with one error of the given type and code; the changed object is null.</summary>
    public static void AssertRefused(JsonElement payload, string objectField, string typeName, string code)
    {
        var errors = payload.GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 1, errors.ToString());
        Assert.Equal(typeName, errors[0].GetProperty("__typename").GetString());
        Assert.Equal(code, errors[0].GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(errors[0].GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(objectField).ValueKind);
    }

    /// <summary>
    /// Signs a user in at the token service (authorization code + PKCE, real sign-in page) and returns the access
    /// token, or null when the sign-in or the code redemption is refused.
    /// </summary>
    public async Task<string?> SignInAsync(string userName, string password)
    {
        await EnsureWebClientAsync();
        var verifier = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var challenge = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(stack.IdentityUrl) };
        var query = string.Join('&', new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = WebClientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid api",
            ["state"] = "s",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        var page = await http.GetAsync("/connect/authorize?" + query);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"sign-in page: {(int)page.StatusCode}");
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = userName;
        fields["password"] = password;
        using var signIn = await http.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            return null;
        }

        var redirect = signIn.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
        if (!redirect.TryGetValue("code", out var code))
        {
            return null;
        }

        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = WebClientId,
            ["code_verifier"] = verifier,
        }));
        if (token.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        return JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
    }

    /// <summary>Requests a client_credentials token and returns the HTTP status (200 or the refusal).</summary>
    public async Task<HttpStatusCode> ClientTokenStatusAsync(string clientId, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret))));
        using var response = await stack.Identity.SendAsync(request);
        return response.StatusCode;
    }

    // A public front-end client without tenant, so users of every tenant can sign in through it.
    private async Task EnsureWebClientAsync()
    {
        await WebClientGate.WaitAsync();
        try
        {
            await using var scope = stack.IdentityServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>();
            if (await db.Clients.FindAsync(WebClientId) is null)
            {
                db.Clients.Add(new ClientApplication
                {
                    ClientId = WebClientId,
                    TenantId = null,
                    Roles = [],
                    GrantTypes = ["authorization_code"],
                    AllowedScopes = ["openid", "api"],
                    RedirectUris = [RedirectUri],
                    CreatedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
            }
        }
        finally
        {
            WebClientGate.Release();
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
