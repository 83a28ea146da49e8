using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Platform.GraphQL.Server;

namespace Platform.GraphQL.Tests.Server;

/// <summary>Each configurable limit refuses with its own code and lets requests under it run.</summary>
public sealed class LimitTests
{
    private static string Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Body_larger_than_the_limit_is_413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaxRequestBodyBytes = 100);
        var response = await host.PostAsync(new { query = "{ hello }", extensions = new { pad = new string('x', 200) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", Code(await GraphQLTestHost.JsonAsync(response)));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ hello }" })).StatusCode);
    }

    [Fact]
    public async Task Chunked_body_without_length_is_cut_off_at_the_limit_with_413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaxRequestBodyBytes = 1000);
        var body = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 5000) + "\"}}";
        var content = new UnknownLengthContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });
        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A body whose length is not announced, so the server must count while reading.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task Socket_message_larger_than_the_limit_closes_with_1009()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.WebSockets.MaxMessageBytes = 200);
        await using var socket = await SocketClient.ConnectAsync(host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ hello }", extensions = new { pad = new string('x', 300) } } });
        Assert.Equal((int)System.Net.WebSockets.WebSocketCloseStatus.MessageTooBig, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Document_token_limit_is_a_parse_error()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxTokens = 20);
        var response = await host.PostAsync(new { query = "{ " + string.Join(' ', Enumerable.Repeat("hello", 30)) + " }" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(await GraphQLTestHost.JsonAsync(response)));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ hello }" })).StatusCode);
    }

    [Fact]
    public async Task Depth_above_the_maximum_is_refused_also_through_fragments()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxDepth = 3);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ items { children { id } } }" })).StatusCode);
        var response = await host.PostAsync(new { query = "{ items { ...F } } fragment F on Item { children { children { id } } }" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await GraphQLTestHost.JsonAsync(response);
        Assert.Equal("MAX_DEPTH_EXCEEDED", Code(json));
        Assert.Equal(4, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("actual").GetInt32());
    }

    [Fact]
    public async Task Aliases_above_the_maximum_are_refused()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxAliases = 2);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ a: hello b: hello }" })).StatusCode);
        var response = await host.PostAsync(new { query = "{ a: hello b: hello c: hello }" });
        Assert.Equal("MAX_ALIASES_EXCEEDED", Code(await GraphQLTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task Directives_per_location_above_the_maximum_are_refused()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxDirectivesPerLocation = 1);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ hello @include(if: true) }" })).StatusCode);
        var response = await host.PostAsync(new { query = "{ hello @include(if: true) @skip(if: false) }" });
        Assert.Equal("MAX_DIRECTIVES_EXCEEDED", Code(await GraphQLTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task Directive_count_is_checked_on_fragment_spreads()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxDirectivesPerLocation = 1);
        var response = await host.PostAsync(new { query = "{ ...F @include(if: true) @skip(if: false) } fragment F on Query { hello }" });
        Assert.Equal("MAX_DIRECTIVES_EXCEEDED", Code(await GraphQLTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task Cost_multiplies_list_children_by_first_and_is_refused_above_the_maximum()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxCost = 100);

        // items(first: 10) { id children(first: 4) { id } } = 1 + 10 * (1 + (1 + 4 * 1)) = 71
        var ok = await host.PostAsync(new { query = "{ items(first: 10) { id children(first: 4) { id } } }" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        // Same shape with first taken from a variable: 1 + 10 * (1 + (1 + 10 * 1)) = 121
        var refused = await host.PostAsync(new { query = "query Q($n: Int) { items(first: 10) { id children(first: $n) { id } } }", variables = new { n = 10 } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var json = await GraphQLTestHost.JsonAsync(refused);
        Assert.Equal("MAX_COST_EXCEEDED", Code(json));
        Assert.Equal(121, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("actual").GetInt64());
    }

    [Fact]
    public async Task Cost_multiplies_by_last_like_first()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Limits.MaxCost = 100);

        // items(last: 49) { id } = 1 + 49 * 1 = 50; items(last: 100) { id } = 101.
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ items(last: 49) { id } }" })).StatusCode);
        var refused = await host.PostAsync(new { query = "{ items(last: 100) { id } }" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var json = await GraphQLTestHost.JsonAsync(refused);
        Assert.Equal("MAX_COST_EXCEEDED", Code(json));
        Assert.Equal(101, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("actual").GetInt64());
        Assert.Equal(100, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task Cost_limit_is_checked_before_any_resolver_runs()
    {
        // boom would throw (and log an error) if it ran; the cost refusal must come first.
        await using var host = await GraphQLTestHost.StartAsync(o => { o.Limits.MaxCost = 5; o.Limits.DefaultListSize = 10; });
        var response = await host.PostAsync(new { query = "{ boom items { id } }" });
        Assert.Equal("MAX_COST_EXCEEDED", Code(await GraphQLTestHost.JsonAsync(response)));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Cost_uses_the_declared_list_size_then_the_default()
    {
        // pages has @listSize(size: 2): 1 + 2 * 1 = 3 per selection; items without first uses DefaultListSize 50: 1 + 50 = 51.
        await using var host = await GraphQLTestHost.StartAsync(o => { o.Limits.MaxCost = 50; o.Limits.DefaultListSize = 50; });
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ pages { id } }" })).StatusCode);
        var response = await host.PostAsync(new { query = "{ items { id } }" });
        Assert.Equal("MAX_COST_EXCEEDED", Code(await GraphQLTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task Execution_timeout_cancels_the_resolver_and_reports_the_code()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(500));
        var response = await host.PostAsync(new { query = "{ slow }" });
        var json = await GraphQLTestHost.JsonAsync(response);
        Assert.Equal("EXECUTION_TIMEOUT", Code(json));
        await host.Schema.Probes.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    // One operation at a time; `{ slow }` holds the turn until the timeout or the client ends it.
    private static Task<GraphQLTestHost> OneTurnHostAsync(int queued, TimeSpan timeout) =>
        GraphQLTestHost.StartAsync(o =>
        {
            o.MaxConcurrentRequests = 1;
            o.MaxQueuedRequests = queued;
            o.ExecutionTimeout = timeout;
        });

    [Fact]
    public async Task Past_the_concurrent_requests_and_the_queue_a_request_is_refused_at_once_with_503_server_busy()
    {
        await using var host = await OneTurnHostAsync(queued: 0, timeout: TimeSpan.FromSeconds(20));
        using var running = new CancellationTokenSource();
        var slow = host.Client.PostAsJsonAsync("/graphql", new { query = "{ slow }" }, running.Token);
        await host.Schema.Probes.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await host.PostAsync(new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("SERVER_BUSY", Code(await GraphQLTestHost.JsonAsync(refused)));

        // The client that leaves gives its turn back.
        await running.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        await host.Schema.Probes.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        HttpResponseMessage? next = null;
        for (var attempt = 0; attempt < 100 && next?.StatusCode != HttpStatusCode.OK; attempt++)
        {
            // The turn is released once the aborted request has unwound, a moment after its resolver saw the cancel.
            next = await host.PostAsync(new { query = "{ hello }" });
            await Task.Delay(next.StatusCode == HttpStatusCode.OK ? 0 : 50);
        }

        Assert.Equal(HttpStatusCode.OK, next!.StatusCode);
    }

    [Fact]
    public async Task A_request_past_the_concurrent_limit_waits_in_the_queue_and_runs_when_a_turn_frees()
    {
        await using var host = await OneTurnHostAsync(queued: 1, timeout: TimeSpan.FromSeconds(1));
        var slow = host.PostAsync(new { query = "{ slow }" });
        await host.Schema.Probes.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var queued = host.PostAsync(new { query = "{ hello }" });
        // The slow resolver is cancelled (by the timeout) before its request gives the turn back.
        var slowWasOverWhenQueuedEnded = queued.ContinueWith(_ => host.Schema.Probes.SlowCancelled.Task.IsCompleted, TaskScheduler.Default);
        var first = await slow;
        var second = await queued;

        // It ran only after the slow request gave its turn back, not beside it, and was not refused.
        Assert.True(await slowWasOverWhenQueuedEnded, "the queued request finished while the slow one still held the turn");
        Assert.Equal("EXECUTION_TIMEOUT", Code(await GraphQLTestHost.JsonAsync(first)));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Hello, world!", (await GraphQLTestHost.JsonAsync(second)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Introspection_can_be_disabled_while_typename_still_works()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Introspection = IntrospectionPolicy.Disabled);
        var response = await host.PostAsync(new { query = "{ __schema { queryType { name } } }" });
        Assert.Equal("INTROSPECTION_DISABLED", Code(await GraphQLTestHost.JsonAsync(response)));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ __typename }" })).StatusCode);
    }

    [Fact]
    public async Task Introspection_for_authenticated_callers_only()
    {
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.Introspection = IntrospectionPolicy.AuthenticatedOnly;
            o.WebSockets.OnConnectionInit = init =>
            {
                init.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ann")], "token"));
                return ValueTask.FromResult(true);
            };
        });
        var anonymous = await host.PostAsync(new { query = "{ __type(name: \"Item\") { name } }" });
        Assert.Equal("INTROSPECTION_DISABLED", Code(await GraphQLTestHost.JsonAsync(anonymous)));

        // Over the socket the init hook authenticates the caller, so the same query is allowed.
        await using var socket = await SocketClient.ConnectAsync(host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ __type(name: \"Item\") { name } }" } });
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("Item", next.GetProperty("payload").GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }
}
