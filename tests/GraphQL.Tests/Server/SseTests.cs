using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

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
        await _host.Schema.Probes.ForeverEnded.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
