using System.Net;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>A server with a confidential web client and a user, and the steps of the authorization-code flow.</summary>
public sealed class CodeFlowScenario : IAsyncDisposable
{
    public const string ClientId = "alpha-web";
    public const string RedirectUri = "http://127.0.0.1:9/callback";
    public const string UserName = "alice";
    public const string Password = "correct horse battery staple";

    private CodeFlowScenario(IdentityTestServer server, string secret, Guid userId)
    {
        Server = server;
        Secret = secret;
        UserId = userId;
        Http = server.CreateClient();
    }

    public IdentityTestServer Server { get; }
    public HttpClient Http { get; }
    public string Secret { get; }
    public Guid UserId { get; }

    /// <summary>Starts a server with the web client (bound to tenant A) and alice (tenant A, AGENT + SUPERVISOR).</summary>
    public static async Task<CodeFlowScenario> StartAsync(PostgresCluster cluster, IDictionary<string, string>? settings = null)
    {
        var server = await IdentityTestServer.StartAsync(cluster, settings);
        var secret = await server.AddClientAsync(ClientId, server.TenantA, [], ["authorization_code", "refresh_token"],
            scopes: ["openid", "profile", "offline_access", "api"], redirectUris: [RedirectUri]);
        var userId = await server.AddUserAsync(UserName, Password, server.TenantA, ["AGENT", "SUPERVISOR"]);
        return new CodeFlowScenario(server, secret!, userId);
    }

    /// <summary>Standard authorize parameters with an S256 challenge.</summary>
    public static List<KeyValuePair<string, string>> AuthorizeParameters(string challenge, string state = "state-123", string nonce = "nonce-456") =>
    [
        new("response_type", "code"),
        new("client_id", ClientId),
        new("redirect_uri", RedirectUri),
        new("scope", "openid api"),
        new("state", state),
        new("nonce", nonce),
        new("code_challenge", challenge),
        new("code_challenge_method", "S256"),
    ];

    /// <summary>Signs in and returns the code from the redirect.</summary>
    public async Task<string> GetCodeAsync(string challenge, string userName = UserName, string password = Password)
    {
        var response = await OAuthCalls.SignInAsync(Http, AuthorizeParameters(challenge), userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = OAuthCalls.RedirectQuery(response);
        Assert.Equal("state-123", query["state"]);
        return query["code"];
    }

    /// <summary>Redeems a code at the token endpoint.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> RedeemAsync(string code, string? verifier, string redirectUri = RedirectUri)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri) };
        if (verifier is not null)
        {
            form.Add(new("code_verifier", verifier));
        }

        return OAuthCalls.TokenAsync(Http, form, ClientId, Secret);
    }

    /// <summary>Uses a refresh token.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> RefreshAsync(string refreshToken) =>
        OAuthCalls.TokenAsync(Http, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], ClientId, Secret);

    /// <summary>Calls userinfo with a bearer token.</summary>
    public async Task<HttpResponseMessage> UserinfoAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return await Http.SendAsync(request);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
