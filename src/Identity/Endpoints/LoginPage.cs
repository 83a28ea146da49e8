using System.Text;
using System.Text.Encodings.Web;

namespace Platform.Identity.Endpoints;

/// <summary>The server-rendered sign-in page and error page of the authorization endpoint.</summary>
public static class LoginPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The sign-in form, carrying the authorization parameters as hidden fields.</summary>
    public static IResult Form(HttpContext context, IEnumerable<(string Name, string Value)> hidden, string? message, int statusCode = StatusCodes.Status200OK)
    {
        var body = new StringBuilder();
        body.Append("<h1>Sign in</h1>");
        if (message is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(message)).Append("</p>");
        }

        body.Append("<form method=\"post\" action=\"").Append(AuthorizeEndpoint.Path).Append("\">");
        foreach (var (name, value) in hidden)
        {
            body.Append("<input type=\"hidden\" name=\"").Append(Html.Encode(name)).Append("\" value=\"").Append(Html.Encode(value)).Append("\">");
        }

        body.Append("<label>User name <input name=\"username\" autocomplete=\"username\" required></label>");
        body.Append("<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>");
        body.Append("<button type=\"submit\">Sign in</button></form>");
        return Page(context, "Sign in", body.ToString(), statusCode);
    }

    /// <summary>An error shown to the user instead of redirecting to an unverified redirect URI.</summary>
    public static IResult Error(HttpContext context, string message, int statusCode = StatusCodes.Status400BadRequest) =>
        Page(context, "Sign-in error", "<h1>Sign-in error</h1><p class=\"error\" role=\"alert\">" + Html.Encode(message) + "</p>", statusCode);

    private static IResult Page(HttpContext context, string title, string body, int statusCode)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.Encode(title)
            + "</title><style>body{font-family:sans-serif;max-width:24rem;margin:3rem auto}label{display:block;margin:.5rem 0}.error{color:#b00}</style></head><body>"
            + body + "</body></html>";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }
}
