using Platform.Identity.Clients;

namespace Platform.Identity.Endpoints;

/// <summary>POST /connect/token: authenticates the client and dispatches to the three supported grants.</summary>
public static class TokenEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/connect/token";

    /// <summary>The grants discovery advertises and this endpoint accepts; no implicit, no password grant.</summary>
    public static readonly string[] SupportedGrantTypes = [AuthorizationCodeGrant.GrantType, ClientCredentialsGrant.GrantType, RefreshTokenGrant.GrantType];

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, IServiceProvider services, CancellationToken ct)
    {
        var (form, formError) = await OAuthForm.ReadAsync(context.Request, ct);
        if (form is null)
        {
            return formError!.ToResult(context);
        }

        var grantType = form["grant_type"];
        if (grantType is null)
        {
            return OAuthError.InvalidRequest("grant_type is required.").ToResult(context);
        }

        if (!SupportedGrantTypes.Contains(grantType))
        {
            return OAuthError.UnsupportedGrantType($"Grant type '{OAuthForm.Truncate(grantType)}' is not supported.").ToResult(context);
        }

        var (client, clientError) = await services.GetRequiredService<ClientAuthentication>().AuthenticateAsync(context.Request, form, ct);
        if (client is null)
        {
            return clientError!.ToResult(context);
        }

        var (response, error) = grantType switch
        {
            ClientCredentialsGrant.GrantType => await services.GetRequiredService<ClientCredentialsGrant>().HandleAsync(client, form, ct),
            AuthorizationCodeGrant.GrantType => await services.GetRequiredService<AuthorizationCodeGrant>().HandleAsync(client, form, ct),
            _ => await services.GetRequiredService<RefreshTokenGrant>().HandleAsync(client, form, ct),
        };
        if (response is null)
        {
            return error!.ToResult(context);
        }

        OAuthError.NoStore(context);
        return Results.Json(response);
    }
}
