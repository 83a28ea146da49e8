using Microsoft.Extensions.Options;
using Platform.Identity.Hosting;
using Platform.Identity.Keys;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>OpenID Connect discovery and the JWKS: only what is actually supported is advertised.</summary>
public static class DiscoveryEndpoint
{
    /// <summary>The discovery document's path.</summary>
    public const string Path = "/.well-known/openid-configuration";

    /// <summary>The JWKS path.</summary>
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>Maps discovery and JWKS.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IOptions<TokenServiceOptions> options, HttpContext context) =>
        {
            var issuer = options.Value.Issuer;
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = issuer + AuthorizeEndpoint.Path,
                ["token_endpoint"] = issuer + TokenEndpoint.Path,
                ["userinfo_endpoint"] = issuer + UserinfoEndpoint.Path,
                ["revocation_endpoint"] = issuer + RevocationEndpoint.Path,
                ["jwks_uri"] = issuer + JwksPath,
                ["scopes_supported"] = ScopeSet.Supported,
                ["response_types_supported"] = new[] { "code" },
                ["response_modes_supported"] = new[] { "query" },
                ["grant_types_supported"] = TokenEndpoint.SupportedGrantTypes,
                ["code_challenge_methods_supported"] = new[] { Pkce.S256 },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { SigningKeyFactory.Algorithm },
                ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post", "none" },
                ["revocation_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post", "none" },
                ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "preferred_username", TokenClaimNames.TenantId, TokenClaimNames.Roles },
                ["authorization_response_iss_parameter_supported"] = true,
            });
        });

        endpoints.MapGet(JwksPath, async (SigningKeyRing ring, HttpContext context, CancellationToken ct) =>
        {
            var keys = await ring.GetPublishedKeysAsync(ct);
            // Short caching: validators must see a newly announced key well before it signs.
            context.Response.Headers.CacheControl = "public, max-age=60";
            var body = "{\"keys\":[" + string.Join(',', keys) + "]}";
            return Results.Text(body, "application/json");
        });
    }
}
