using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Keys;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>Tokens signed with the token service's real current key that differ from a valid one in exactly one way.</summary>
public static class TokenForgery
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Signs a token that is valid for the stack unless <paramref name="adjust"/> changes it.</summary>
    public static async Task<string> SignAsync(ApiStack stack, Guid tenantId, Action<SecurityTokenDescriptor>? adjust = null)
    {
        var key = await stack.IdentityServices.GetRequiredService<SigningKeyRing>().GetSigningKeyAsync(CancellationToken.None);
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            TokenType = "at+jwt",
            Issuer = stack.IdentityUrl,
            Audience = "insurer-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = key.Credentials,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "forged-client",
                ["client_id"] = "forged-client",
                ["jti"] = Guid.NewGuid().ToString(),
                ["scope"] = "api",
                ["tenant_id"] = tenantId.ToString(),
                ["roles"] = new[] { "AGENT" },
            },
        };
        adjust?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>The named variant: <c>valid</c>, <c>expired</c>, <c>wrong-audience</c> or <c>foreign-issuer</c>.</summary>
    public static Task<string> CreateAsync(string kind, ApiStack stack, Guid tenantId) => kind switch
    {
        "valid" => SignAsync(stack, tenantId),
        "expired" => SignAsync(stack, tenantId, d =>
        {
            d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddMinutes(-20);
            d.Expires = DateTime.UtcNow.AddMinutes(-5);
        }),
        "wrong-audience" => SignAsync(stack, tenantId, d => d.Audience = "some-other-api"),
        "foreign-issuer" => SignAsync(stack, tenantId, d => d.Issuer = "http://127.0.0.1:1"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
