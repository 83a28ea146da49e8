using System.Text.Json;
using Platform.GraphQL.Engine;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Integration;

/// <summary>Parse → validate → execute through <see cref="GraphQLEngine"/>, with host hooks.</summary>
public sealed class EngineEndToEndTests
{
    private const string Sdl = """
        directive @authorize(roles: [String!]!) on FIELD_DEFINITION
        type Customer {
          id: ID!
          name: String
          taxNumber: String @authorize(roles: ["ADMIN"])
        }
        type Query { customer(id: ID!): Customer customers: [Customer!]! }
        """;

    private sealed record Customer(string Id, string Name, string TaxNumber);

    private static readonly Customer[] Customers = [new("1", "Ada", "TX-1"), new("2", "Bob", "TX-2")];

    private static GraphQLEngine CreateEngine(GraphQLEngineOptions? options = null)
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .Bind("Query", "customer", ctx => new ValueTask<object?>(Customers.FirstOrDefault(c => c.Id == (string)ctx.Arguments["id"]!)))
            .Bind("Query", "customers", _ => new ValueTask<object?>(Customers))
            .Build();
        return new GraphQLEngine(schema, options);
    }

    /// <summary>The kind of middleware the API installs: reads @authorize once per field, checks the caller per call.</summary>
    private static FieldResolver Authorize(ObjectType parentType, FieldDefinition field, FieldResolver next)
    {
        if (field.FindDirective("authorize") is not { } directive)
        {
            return next;
        }

        var roles = ((IEnumerable<object?>)directive.Arguments["roles"]!).Cast<string>().ToHashSet();
        return ctx => ctx.Items.TryGetValue("role", out var role) && role is string r && roles.Contains(r)
            ? next(ctx)
            : throw new GraphQLException($"Not authorized to read {parentType.Name}.{field.Name}.", "FORBIDDEN");
    }

    [Fact]
    public async Task Query_with_json_variables_runs_end_to_end()
    {
        var engine = CreateEngine();
        using var variables = JsonDocument.Parse("{\"id\": \"2\"}");
        var result = await engine.ExecuteAsync(new ExecutionRequest
        {
            Query = "query One($id: ID!) { customer(id: $id) { id name } }",
            Variables = VariableValues.FromJson(variables.RootElement),
        });
        Assert.Equal("{\"data\":{\"customer\":{\"id\":\"2\",\"name\":\"Bob\"}}}", ExecutionResultJson.Serialize(result));
        Assert.Equal("One", result.Operation!.Name);
    }

    [Fact]
    public async Task Syntax_error_is_a_request_error_with_parse_code()
    {
        var result = await CreateEngine().ExecuteAsync(new ExecutionRequest { Query = "{ customer(id: 1) { name }" });
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.StartsWith("Syntax Error:", error.Message);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public async Task Hostile_nesting_is_a_clean_parse_error()
    {
        var result = await CreateEngine().ExecuteAsync(new ExecutionRequest { Query = new string('{', 1_000_000) });
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.ParseFailed, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Validation_error_is_a_request_error_with_validation_code()
    {
        var result = await CreateEngine().ExecuteAsync(new ExecutionRequest { Query = "{ customer(id: \"1\") { nope } }" });
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public async Task Bad_variable_is_a_request_error_with_bad_user_input()
    {
        var result = await CreateEngine().ExecuteAsync(new ExecutionRequest
        {
            Query = "query($id: ID!) { customer(id: $id) { name } }",
            Variables = new Dictionary<string, object?> { ["id"] = true },
        });
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Missing_query_is_a_bad_request()
    {
        var result = await CreateEngine().ExecuteAsync(new ExecutionRequest { Query = "  " });
        Assert.Equal(ErrorCodes.BadRequest, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Field_middleware_enforces_a_directive_per_caller()
    {
        var engine = CreateEngine(new GraphQLEngineOptions { Execution = new ExecutionOptions { FieldMiddleware = [Authorize] } });
        const string query = "{ customers { name taxNumber } }";

        var clerk = await engine.ExecuteAsync(new ExecutionRequest { Query = query, Items = new Dictionary<string, object?> { ["role"] = "CLERK" } });
        Assert.Equal(
            "{\"errors\":[" +
            "{\"message\":\"Not authorized to read Customer.taxNumber.\",\"locations\":[{\"line\":1,\"column\":20}],\"path\":[\"customers\",0,\"taxNumber\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}," +
            "{\"message\":\"Not authorized to read Customer.taxNumber.\",\"locations\":[{\"line\":1,\"column\":20}],\"path\":[\"customers\",1,\"taxNumber\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}]," +
            "\"data\":{\"customers\":[{\"name\":\"Ada\",\"taxNumber\":null},{\"name\":\"Bob\",\"taxNumber\":null}]}}",
            ExecutionResultJson.Serialize(clerk));

        var admin = await engine.ExecuteAsync(new ExecutionRequest { Query = query, Items = new Dictionary<string, object?> { ["role"] = "ADMIN" } });
        Assert.Equal("{\"data\":{\"customers\":[{\"name\":\"Ada\",\"taxNumber\":\"TX-1\"},{\"name\":\"Bob\",\"taxNumber\":\"TX-2\"}]}}", ExecutionResultJson.Serialize(admin));
    }

    [Fact]
    public async Task Host_validation_rules_run_after_the_specified_rules()
    {
        var engine = CreateEngine(new GraphQLEngineOptions { AdditionalValidationRules = [new NoTaxNumbers()] });
        var result = await engine.ExecuteAsync(new ExecutionRequest { Query = "{ customers { taxNumber } }" });
        Assert.False(result.HasData);
        Assert.Equal("Tax numbers may not be queried here.", Assert.Single(result.Errors!).Message);
        Assert.True((await engine.ExecuteAsync(new ExecutionRequest { Query = "{ customers { name } }" })).HasData);
    }

    [Fact]
    public async Task Prepared_document_exposes_the_operation_before_execution()
    {
        var engine = CreateEngine();
        var prepared = engine.Prepare("query A { customers { id } } mutation B { x }");
        Assert.False(prepared.IsValid);
        var valid = engine.Prepare("query A { customers { id } }");
        Assert.Equal(OperationType.Query, valid.GetOperation("A")!.Operation);
        var result = await engine.ExecuteAsync(valid, new ExecutionRequest());
        Assert.Equal("{\"data\":{\"customers\":[{\"id\":\"1\"},{\"id\":\"2\"}]}}", ExecutionResultJson.Serialize(result));
    }

    private sealed class NoTaxNumbers : ValidationRule
    {
        public override void EnterField(ValidationContext context, FieldNode node)
        {
            if (node.Name == "taxNumber")
            {
                context.ReportError("Tax numbers may not be queried here.", node);
            }
        }
    }
}
