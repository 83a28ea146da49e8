using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.Authentication;

namespace Platform.Api.WebSockets;

/// <summary>
/// Validates the token of a WebSocket <c>connection_init</c> exactly as the JwtBearer handler validates HTTP requests:
/// the same options instance (validation parameters, token handlers, discovery-document keys and issuer), then the
/// tenant's status (R-TEN-03).
/// </summary>
public sealed class SocketAuthenticator(IOptionsMonitor<JwtBearerOptions> bearerOptions, TenantStatusCache tenants, ILogger<SocketAuthenticator> log)
{
    /// <summary>The caller, or null when the payload has no acceptable token or the tenant is not active.</summary>
    public async Task<SocketCaller?> AuthenticateAsync(JsonElement? payload, CancellationToken ct)
    {
        var token = InitPayloadToken.Read(payload);
        if (token is null)
        {
            return null;
        }

        var options = bearerOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = await ParametersAsync(options, ct);
        TokenValidationResult? result = null;
        foreach (var handler in options.TokenHandlers)
        {
            result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid)
            {
                break;
            }
        }

        if (result is not { IsValid: true })
        {
            if (result?.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Same reaction as JwtBearer: an unknown kid may be a freshly rotated key.
                options.ConfigurationManager?.RequestRefresh();
            }

            log.LogInformation("WebSocket connection_init refused: {Reason}", result?.Exception?.GetType().Name ?? "no token handler");
            return null;
        }

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        if (!await IsTenantActiveAsync(principal, ct))
        {
            log.LogInformation("WebSocket connection_init refused: tenant not active");
            return null;
        }

        var validUntil = new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc)) + parameters.ClockSkew;
        return new SocketCaller(principal, validUntil);
    }

    /// <summary>Whether the principal's tenant (if it has one) may still use the API; a malformed tenant claim never may.</summary>
    public async Task<bool> IsTenantActiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.GetTenantId() is { } tenantId)
        {
            return await tenants.IsActiveAsync(tenantId, ct);
        }

        return principal.FindFirst(PlatformClaims.TenantId) is null;
    }

    // Mirrors JwtBearerHandler: the discovery document's issuer and signing keys join the configured parameters.
    private static async Task<TokenValidationParameters> ParametersAsync(JwtBearerOptions options, CancellationToken ct)
    {
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(ct);
            string[] issuers = [configuration.Issuer];
            parameters.ValidIssuers = parameters.ValidIssuers?.Concat(issuers) ?? issuers;
            parameters.IssuerSigningKeys = parameters.IssuerSigningKeys?.Concat(configuration.SigningKeys) ?? configuration.SigningKeys;
        }

        return parameters;
    }
}
