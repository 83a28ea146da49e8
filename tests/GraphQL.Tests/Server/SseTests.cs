using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.Tests.Server.External;

namespace Platform.GraphQL.Tests.Server;

/// <summary>GraphQL over SSE (distinct connections): next events then complete; disconnect cancels the stream.</summary>
public sealed class SseTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpRequestMessage SseRequest(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/event-stream") } },
    };

    private static async Task<List<(string Event, string Data)>> ReadEventsAsync(HttpResponseMessage response)
    {
        var events = new List<(string, string)>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                events.Add((name!, line[5..].Trim()));
            }
        }

        return events;
    }

    [Fact]
    public async Task Subscription_streams_next_events_and_complete()
    {
        var response = await _host.Client.SendAsync(SseRequest("subscription { ticks(count: 3) }"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "next", "next", "complete"], events.Select(e => e.Event));
        Assert.Equal(3, JsonDocument.Parse(events[2].Data).RootElement.GetProperty("data").GetProperty("ticks").GetInt32());
    }

    [Fact]
    public async Task A_failing_source_stream_ends_with_a_masked_error_event_and_complete()
    {
        var response = await _host.Client.SendAsync(SseRequest("subscription { broken }"), HttpCompletionOption.ResponseHeadersRead);
        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
        Assert.DoesNotContain("db.internal", events[1].Data);
        var error = JsonDocument.Parse(events[1].Data).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains(error.GetProperty("extensions").GetProperty("correlationId").GetString()!));
    }

    [Fact]
    public async Task Query_gives_one_next_event_then_complete()
    {
        var response = await _host.Client.SendAsync(SseRequest("{ hello }"), HttpCompletionOption.ResponseHeadersRead);
        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Contains("Hello, world!", events[0].Data);
    }

    [Fact]
    public async Task Request_errors_are_a_400_json_response()
    {
        var response = await _host.Client.SendAsync(SseRequest("subscription { nope }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Client_disconnect_cancels_the_source_stream()
    {
        using var cancel = new CancellationTokenSource();
        var response = await _host.Client.SendAsync(SseRequest("subscription { forever }"), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        var stream = await response.Content.ReadAsStreamAsync(cancel.Token);
        var first = new byte[64];
        Assert.True(await stream.ReadAsync(first, cancel.Token) > 0);
        await cancel.CancelAsync();
        response.Dispose();
        await _host.Schema.Probes.ForeverEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Curl_can_subscribe_with_a_plain_post()
    {
        await DebianPackages.EnsureAsync("curl", "curl");
        await using var live = await LiveGraphQLHost.StartAsync();
        var curl = await ExternalCommand.RunAsync("curl",
        [
            "-sS", "-N", "--max-time", "60", "-H", "Accept: text/event-stream", "-H", "Content-Type: application/json",
            "-d", """{"query":"subscription { ticks(count: 2) }"}""", live.Endpoint.ToString(),
        ], TimeSpan.FromMinutes(1));

        Assert.True(curl.ExitCode == 0, curl.ToString());
        var lines = curl.Output.Split('\n');
        Assert.Equal(["event: next", "event: next", "event: complete"], lines.Where(l => l.StartsWith("event:", StringComparison.Ordinal)));
        Assert.Contains("""data: {"data":{"ticks":2}}""", lines);
    }
}
