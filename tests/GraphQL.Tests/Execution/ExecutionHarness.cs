using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Parses, validates and executes documents in tests; renders results as compact JSON.</summary>
internal static class ExecutionHarness
{
    public static Schema Build(string sdl, Action<SchemaBuilder> bind)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        bind(builder);
        return builder.Build();
    }

    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        ExecutionOptions? options = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default,
        bool validate = true)
    {
        var document = Parser.Parse(query);
        if (validate)
        {
            var errors = DocumentValidator.Validate(schema, document);
            Assert.True(errors.Count == 0, "validation failed: " + string.Join("; ", errors.Select(e => e.Message)));
        }

        return await new Executor(schema, options).ExecuteAsync(new ExecutionArgs
        {
            Document = document,
            OperationName = operationName,
            Variables = variables,
            RootValue = rootValue,
            CancellationToken = cancellationToken,
        });
    }

    public static async Task<string> JsonAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, ExecutionOptions? options = null) =>
        ExecutionResultJson.Serialize(await ExecuteAsync(schema, query, variables, operationName, options));

    /// <summary>Variables as the HTTP server passes them: a JSON object wrapped without conversion.</summary>
    public static IReadOnlyDictionary<string, object?>? JsonVariables(string json)
    {
        using var document = JsonDocument.Parse(json);
        return VariableValues.FromJson(document.RootElement.Clone());
    }

    public static string Data(ExecutionResult result) => JsonSerializer.Serialize(JsonDocument.Parse(ExecutionResultJson.Serialize(result)).RootElement.GetProperty("data"));
}
