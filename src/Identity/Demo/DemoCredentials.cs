using System.Text.Json.Serialization;

namespace Platform.Identity.Demo;

/// <summary>The demo credentials file (issue 5): who can sign in and which service clients exist, per tenant.</summary>
public sealed record DemoCredentials(
    [property: JsonPropertyName("identityUrl")] string IdentityUrl,
    [property: JsonPropertyName("apiUrl")] string ApiUrl,
    [property: JsonPropertyName("platformAdmin")] DemoUser PlatformAdmin,
    [property: JsonPropertyName("tenants")] IReadOnlyList<DemoTenant> Tenants);

/// <summary>One tenant's demo users and clients.</summary>
public sealed record DemoTenant(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("users")] IReadOnlyList<DemoUser> Users,
    [property: JsonPropertyName("clients")] IReadOnlyList<DemoClient> Clients);

/// <summary>A demo user.</summary>
public sealed record DemoUser(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles);

/// <summary>A demo service client.</summary>
public sealed record DemoClient(
    [property: JsonPropertyName("clientId")] string ClientId,
    [property: JsonPropertyName("clientSecret")] string ClientSecret,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles);
