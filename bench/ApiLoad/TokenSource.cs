using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.ApiLoad;

/// <summary>A service client's access token from <c>client_credentials</c>, fetched again shortly before it expires.</summary>
public sealed class TokenSource(HttpClient http, string identityUrl, string clientId, string clientSecret)
{
    // A refresh a minute early keeps requests in flight from carrying a token that expires on the way.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Entry? _current;

    /// <summary>The client id, for messages.</summary>
    public string ClientId => clientId;

    /// <summary>How many tokens were fetched (the first one included).</summary>
    public int Fetched { get; private set; }

    /// <summary>A valid token; only one caller fetches when it is due, the others wait for that fetch.</summary>
    public async ValueTask<string> GetAsync(CancellationToken ct)
    {
        var entry = _current;
        if (entry is not null && Stopwatch.GetTimestamp() < entry.RefreshAt)
        {
            return entry.Token;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            entry = _current;
            if (entry is null || Stopwatch.GetTimestamp() >= entry.RefreshAt)
            {
                entry = await FetchAsync(ct);
                _current = entry;
                Fetched++;
            }

            return entry.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<Entry> FetchAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, identityUrl.TrimEnd('/') + "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        // RFC 6749 2.3.1: id and secret are form-encoded before they are joined for Basic authentication.
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(clientSecret))));
        var requested = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token request of {clientId} failed: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        var lifetime = TimeSpan.FromSeconds(json.RootElement.GetProperty("expires_in").GetInt32());
        var usable = lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2;
        return new Entry(json.RootElement.GetProperty("access_token").GetString()!, requested + (long)(usable.TotalSeconds * Stopwatch.Frequency));
    }

    private sealed record Entry(string Token, long RefreshAt);
}
