using Microsoft.EntityFrameworkCore;

namespace Platform.Identity.Endpoints;

/// <summary>Revokes grant families: every refresh token and remembered access token of the grant stops working.</summary>
public sealed class GrantRevocation(Persistence.TokenServiceDbContext db, TimeProvider clock)
{
    /// <summary>Revokes one grant.</summary>
    public Task<int> RevokeAsync(Guid grantId, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Grants.Where(g => g.Id == grantId && g.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAt, now).SetProperty(g => g.RevocationReason, reason), ct);
    }

    /// <summary>Revokes whatever was granted from one authorization code.</summary>
    public Task<int> RevokeByCodeAsync(string codeHash, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Grants.Where(g => g.AuthorizationCodeHash == codeHash && g.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAt, now).SetProperty(g => g.RevocationReason, reason), ct);
    }
}
