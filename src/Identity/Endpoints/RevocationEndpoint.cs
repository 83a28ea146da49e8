using Microsoft.EntityFrameworkCore;
using Platform.Identity.Auditing;
using Platform.Identity.Clients;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>RFC 7009 token revocation: revoking a refresh or access token ends its whole grant; unknown tokens still get 200.</summary>
public static class RevocationEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/connect/revocation";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        ClientAuthentication clients,
        TokenServiceDbContext db,
        GrantRevocation revocation,
        AccessTokenValidator validator,
        AuditTrail audit,
        CancellationToken ct)
    {
        var (form, formError) = await OAuthForm.ReadAsync(context.Request, ct);
        if (form is null)
        {
            return formError!.ToResult(context);
        }

        var (client, clientError) = await clients.AuthenticateAsync(context.Request, form, ct);
        if (client is null)
        {
            return clientError!.ToResult(context);
        }

        var token = form["token"];
        if (token is null)
        {
            return OAuthError.InvalidRequest("token is required.").ToResult(context);
        }

        var grant = await FindGrantAsync(token, db, validator, ct);
        // A client may only revoke its own tokens; others are ignored silently, as for unknown tokens.
        if (grant is not null && grant.ClientId == client.ClientId)
        {
            await revocation.RevokeAsync(grant.Id, "revoked by client", ct);
            audit.Raise(AuditEventNames.TokenRevoked, grant.TenantId, client.ClientId, grant.UserId.ToString());
        }

        OAuthError.NoStore(context);
        return Results.Ok();
    }

    private static async Task<TokenGrant?> FindGrantAsync(string token, TokenServiceDbContext db, AccessTokenValidator validator, CancellationToken ct)
    {
        var hash = OpaqueToken.Hash(token);
        var refresh = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        Guid? grantId = refresh?.GrantId;
        if (grantId is null && token.Count(c => c == '.') == 2)
        {
            var identity = await validator.ValidateAsync(token, ct);
            var tokenId = identity?.FindFirst("jti")?.Value;
            if (tokenId is not null)
            {
                grantId = (await db.IssuedAccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenId == tokenId, ct))?.GrantId;
            }
        }

        return grantId is null ? null : await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId, ct);
    }
}
