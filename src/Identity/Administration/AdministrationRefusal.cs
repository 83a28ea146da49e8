namespace Platform.Identity.Administration;

/// <summary>
/// Why an administrative request was not carried out: a machine-readable code (the API maps it to a typed GraphQL
/// error), a message safe to show, and the HTTP status it travels with.
/// </summary>
public sealed record AdministrationRefusal(int StatusCode, string Code, string Message)
{
    public static AdministrationRefusal Unauthenticated() => new(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "A valid platform access token is required.");
    public static AdministrationRefusal Forbidden(string message) => new(StatusCodes.Status403Forbidden, "FORBIDDEN", message);
    public static AdministrationRefusal NotFound(string message) => new(StatusCodes.Status404NotFound, "NOT_FOUND", message);
    public static AdministrationRefusal Conflict(string code, string message) => new(StatusCodes.Status409Conflict, code, message);
    public static AdministrationRefusal Invalid(string code, string message) => new(StatusCodes.Status422UnprocessableEntity, code, message);

    /// <summary>The refusal as a JSON body <c>{"code","message"}</c>, never cached.</summary>
    public IResult ToResult(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new AdministrationError(Code, Message), statusCode: StatusCode);
    }
}
