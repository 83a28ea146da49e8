using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>What a test client sends to and reads from the token service, over real HTTP.</summary>
public static partial class OAuthCalls
{
    /// <summary>POSTs a form to the token endpoint, optionally with HTTP Basic client authentication.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> TokenAsync(
        HttpClient http, IEnumerable<KeyValuePair<string, string>> form, string? basicClientId = null, string? basicSecret = null, string path = "/connect/token")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (basicClientId is not null)
        {
            var raw = Uri.EscapeDataString(basicClientId) + ":" + Uri.EscapeDataString(basicSecret ?? "");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)));
        }

        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body, response);
    }

    /// <summary>client_credentials with the secret in the Basic header.</summary>
    public static Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> ClientCredentialsAsync(HttpClient http, string clientId, string secret) =>
        TokenAsync(http, [new("grant_type", "client_credentials")], clientId, secret);

    /// <summary>Fetches the JWKS over HTTP.</summary>
    public static async Task<IReadOnlyList<JsonWebKey>> FetchJwksAsync(HttpClient http)
    {
        var json = await http.GetStringAsync("/.well-known/jwks.json");
        return new JsonWebKeySet(json).Keys.ToList();
    }

    /// <summary>Validates an access token the way a resource server would, with the JWKS just fetched and the test's clock.</summary>
    public static async Task<TokenValidationResult> ValidateAccessTokenAsync(HttpClient http, string token, string issuer, DateTimeOffset now, bool checkLifetime = true)
    {
        var keys = await FetchJwksAsync(http);
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };
        return await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = "insurer-api",
            IssuerSigningKeys = keys,
            ValidTypes = ["at+jwt"],
            ValidAlgorithms = ["ES256", "RS256", "PS256"],
            ValidateLifetime = checkLifetime,
            LifetimeValidator = checkLifetime ? (nbf, exp, _, _) => (nbf is null || nbf <= now.UtcDateTime) && exp > now.UtcDateTime : null,
            ClockSkew = TimeSpan.Zero,
        });
    }

    /// <summary>A PKCE verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return (verifier, challenge);
    }

    /// <summary>Builds an authorize URL from parameters.</summary>
    public static string AuthorizeUrl(IEnumerable<KeyValuePair<string, string>> parameters) =>
        "/connect/authorize?" + string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>Opens the sign-in page and submits the form; returns the final response (redirect or page).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient http, IEnumerable<KeyValuePair<string, string>> authorizeParameters, string userName, string password)
    {
        var page = await http.GetAsync(AuthorizeUrl(authorizeParameters));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"sign-in page: {(int)page.StatusCode} {html}");
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = userName;
        fields["password"] = password;
        return await http.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));
    }

    /// <summary>The query parameters of a redirect's Location.</summary>
    public static Dictionary<string, string> RedirectQuery(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("No Location header.");
        return location.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
