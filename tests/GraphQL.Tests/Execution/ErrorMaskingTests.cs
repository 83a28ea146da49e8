using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Resolver exceptions become field errors; only <see cref="GraphQLException"/> messages reach the client.</summary>
public sealed class ErrorMaskingTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        "type Query { secret: String typed: String async: String ok: String count(n: Int!): Int badInt: Int }",
        b => b
            .Bind("Query", "secret", _ => throw new InvalidOperationException("SELECT * FROM customers failed at 10.0.0.5"))
            .Bind("Query", "typed", _ => throw new GraphQLException("Policy not found.", "NOT_FOUND", new Dictionary<string, object?> { ["policyId"] = "p-1" }))
            .Bind("Query", "async", async _ =>
            {
                await Task.Yield();
                throw new TimeoutException("db timeout on host pg-1");
            })
            .Bind("Query", "ok", _ => new ValueTask<object?>("fine"))
            .Bind("Query", "count", ctx => new ValueTask<object?>(ctx.Arguments["n"]))
            .Bind("Query", "badInt", _ => new ValueTask<object?>(1.5)));

    [Fact]
    public async Task Unexpected_exception_is_masked_and_handed_to_the_host()
    {
        var reported = new List<UnexpectedError>();
        var options = new ExecutionOptions
        {
            OnUnexpectedError = e =>
            {
                reported.Add(e);
                e.Extensions["correlationId"] = "c-42";
            },
        };

        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ secret ok async }", options: options);
        var json = ExecutionResultJson.Serialize(result);
        Assert.DoesNotContain("SELECT", json);
        Assert.DoesNotContain("pg-1", json);
        Assert.Equal("{\"secret\":null,\"ok\":\"fine\",\"async\":null}", ExecutionHarness.Data(result));
        Assert.All(result.Errors!, e =>
        {
            Assert.Equal("Unexpected error.", e.Message);
            Assert.Equal(ErrorCodes.InternalServerError, e.Code);
            Assert.Equal("c-42", e.Extensions!["correlationId"]);
        });
        Assert.Equal(2, reported.Count);
        Assert.IsType<InvalidOperationException>(reported[0].Exception);
        Assert.Equal("secret", reported[0].FieldName);
        Assert.IsType<TimeoutException>(reported[1].Exception);
    }

    [Fact]
    public async Task Masked_exception_is_logged_with_its_exception()
    {
        var logger = new ListLogger();
        await ExecutionHarness.ExecuteAsync(Schema, "{ secret }", options: new ExecutionOptions { Logger = logger });
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("Query.secret", entry.Message);
    }

    [Fact]
    public async Task Typed_exception_keeps_message_code_and_extensions()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ typed }");
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Policy not found.", error.Message);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal("p-1", error.Extensions!["policyId"]);
        Assert.Equal(["typed"], error.Path!);
        Assert.Equal(new Platform.GraphQL.Language.SourceLocation(1, 3), Assert.Single(error.Locations!));
    }

    [Fact]
    public async Task Result_coercion_failure_is_a_field_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ badInt ok }");
        Assert.Equal("{\"badInt\":null,\"ok\":\"fine\"}", ExecutionHarness.Data(result));
        Assert.Contains("Int cannot represent", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Argument_coercion_failure_is_a_field_error_not_a_request_error()
    {
        // Not validated on purpose: the executor must cope with a literal the validator would reject.
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ count(n: \"x\") ok }", validate: false);
        Assert.True(result.HasData);
        Assert.Equal("{\"count\":null,\"ok\":\"fine\"}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(["count"], error.Path!);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, Exception? Exception, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, exception, formatter(state, exception)));
    }
}
