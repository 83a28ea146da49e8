using Microsoft.EntityFrameworkCore;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>OIDC userinfo: claims about the signed-in person, for access tokens with the openid scope whose grant is not revoked.</summary>
public static class UserinfoEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/connect/userinfo";

    /// <summary>Maps GET and POST.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, ["GET", "POST"], HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, AccessTokenValidator validator, TokenServiceDbContext db, CancellationToken ct)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Challenge(context, null);
        }

        var identity = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), ct);
        var tokenId = identity?.FindFirst("jti")?.Value;
        if (identity is null || tokenId is null)
        {
            return Challenge(context, "invalid_token");
        }

        var issued = await db.IssuedAccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenId == tokenId, ct);
        var grant = issued is null ? null : await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == issued.GrantId, ct);
        if (grant is null || grant.RevokedAt is not null)
        {
            // Machine tokens have no user, and a revoked grant's tokens are no longer honoured here.
            return Challenge(context, "invalid_token");
        }

        if (!ScopeSet.Parse(identity.FindFirst(TokenClaimNames.Scope)?.Value).Contains(ScopeSet.OpenId))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\", scope=\"openid\"";
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == grant.UserId, ct);
        if (user is null)
        {
            return Challenge(context, "invalid_token");
        }

        context.Response.Headers.CacheControl = "no-store";
        var claims = new Dictionary<string, object?>
        {
            ["sub"] = user.Id.ToString(),
            ["preferred_username"] = user.UserName,
            ["name"] = user.DisplayName ?? user.UserName,
            [TokenClaimNames.TenantId] = user.TenantId?.ToString(),
            [TokenClaimNames.Roles] = user.Roles,
        };
        return Results.Json(claims.Where(c => c.Value is not null).ToDictionary());
    }

    private static IResult Challenge(HttpContext context, string? error)
    {
        context.Response.Headers.WWWAuthenticate = error is null ? "Bearer" : $"Bearer error=\"{error}\"";
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }
}
