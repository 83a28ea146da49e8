namespace Platform.Identity.Endpoints;

/// <summary>An OAuth 2.0 error response (RFC 6749 §5.2) with the HTTP status it is sent with.</summary>
public sealed record OAuthError(string Error, string Description, int StatusCode = StatusCodes.Status400BadRequest)
{
    public static OAuthError InvalidRequest(string description) => new("invalid_request", description);
    public static OAuthError InvalidGrant(string description) => new("invalid_grant", description);
    public static OAuthError InvalidScope(string description) => new("invalid_scope", description);
    public static OAuthError UnauthorizedClient(string description) => new("unauthorized_client", description);
    public static OAuthError UnsupportedGrantType(string description) => new("unsupported_grant_type", description);
    public static OAuthError InvalidClient() => new("invalid_client", "Client authentication failed.", StatusCodes.Status401Unauthorized);

    /// <summary>Writes the error as JSON, uncacheable, with a Basic challenge for invalid_client.</summary>
    public IResult ToResult(HttpContext context)
    {
        NoStore(context);
        if (StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"token\"";
        }

        return Results.Json(new Dictionary<string, string> { ["error"] = Error, ["error_description"] = Description }, statusCode: StatusCode);
    }

    /// <summary>Token responses must never be cached (RFC 6749 §5.1).</summary>
    public static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }
}
