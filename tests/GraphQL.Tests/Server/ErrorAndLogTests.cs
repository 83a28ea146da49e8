using Microsoft.Extensions.Logging;
using Platform.GraphQL.Server;

namespace Platform.GraphQL.Tests.Server;

/// <summary>Unexpected exceptions are masked with a correlation id; every operation writes one log line without variable values.</summary>
public sealed class ErrorAndLogTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(o => o.OnOperation = (http, operation) =>
    {
        operation.Tenant = http.Request.Headers["X-Tenant"].ToString();
        operation.Client = "test-client";
        return ValueTask.CompletedTask;
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Resolver_exception_is_masked_with_a_correlation_id_that_is_in_the_log()
    {
        var response = await _host.PostAsync(new { query = "{ boom }" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SELECT", body);
        Assert.DoesNotContain("Npgsql", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        var error = (await GraphQLTestHost.JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("Unexpected error.", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var correlationId = error.GetProperty("extensions").GetProperty("correlationId").GetString()!;
        Assert.Contains(_host.Logs.Lines, line => line.Level == LogLevel.Error && line.Message.Contains(correlationId) && line.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task Failing_host_hook_gives_a_masked_500()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.OnOperation = (_, _) => throw new InvalidOperationException("connection string Password=secret"));
        var response = await host.PostAsync(new { query = "{ hello }" });
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", body);
        Assert.Contains("correlationId", body);
    }

    [Fact]
    public async Task One_log_line_per_operation_with_name_type_codes_client_and_tenant_but_no_variables()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"query Greeting($n: String) { hello(name: $n) boom }","variables":{"n":"TopSecretValue"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Tenant", "tenant-7");
        await _host.Client.SendAsync(request);

        var lines = _host.Logs.Lines.Where(l => l.Category == OperationLog.Category).ToList();
        var line = Assert.Single(lines);
        Assert.Contains("query Greeting", line.Message);
        Assert.Contains("INTERNAL_SERVER_ERROR", line.Message);
        Assert.Contains("tenant=tenant-7", line.Message);
        Assert.Contains("client=test-client", line.Message);
        Assert.Contains(line.State, kv => kv.Key == "DurationMs");
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Message.Contains("TopSecretValue") || l.State.Any(kv => kv.Value?.ToString()?.Contains("TopSecretValue") == true));
    }

    [Fact]
    public async Task A_subscription_writes_its_one_line_when_it_ends()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription Ticking($c: Int!) { ticks(count: $c) }","variables":{"c":2}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Accept", "text/event-stream");
        request.Headers.Add("X-Tenant", "tenant-9");
        var body = await (await _host.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("event: complete", body);

        var line = Assert.Single(_host.Logs.Lines, l => l.Category == OperationLog.Category);
        Assert.Contains("GraphQL sse subscription Ticking", line.Message);
        Assert.Contains("tenant=tenant-9", line.Message);
        Assert.Contains(line.State, kv => kv.Key == "ErrorCount" && kv.Value as string == "0");
    }

    [Fact]
    public async Task Resolver_exception_over_the_socket_is_masked_too()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ boom }" } });
        var next = await socket.ReceiveAsync();
        var text = next.GetRawText();
        Assert.DoesNotContain("pg_shadow", text);
        var error = next.GetProperty("payload").GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var correlationId = error.GetProperty("extensions").GetProperty("correlationId").GetString()!;
        Assert.Contains(_host.Logs.Lines, line => line.Level == LogLevel.Error && line.Message.Contains(correlationId));
    }
}
