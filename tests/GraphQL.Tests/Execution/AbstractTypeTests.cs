namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.3 ResolveAbstractType for interfaces and unions, with __typename.</summary>
public sealed class AbstractTypeTests
{
    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private sealed record Rock(string Name);

    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union DogOrCat = Dog | Cat
        type Query { pets: [Pet] either: [DogOrCat] }
        """;

    private static object[] Animals => [new Dog("Odie", true), new Cat("Garfield", false)];

    [Fact]
    public async Task Interface_resolves_with_type_resolver()
    {
        var schema = ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "pets", _ => new ValueTask<object?>(Animals))
            .Bind("Query", "either", _ => new ValueTask<object?>(Animals))
            .ResolveType("Pet", v => v is Dog ? "Dog" : v is Cat ? "Cat" : null)
            .ResolveType("DogOrCat", v => v is Dog ? "Dog" : "Cat"));

        var json = await ExecutionHarness.JsonAsync(schema, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }");
        Assert.Equal(
            "{\"data\":{\"pets\":[{\"__typename\":\"Dog\",\"name\":\"Odie\",\"barks\":true},{\"__typename\":\"Cat\",\"name\":\"Garfield\",\"meows\":false}]}}",
            json);
    }

    [Fact]
    public async Task Union_resolves_with_is_type_of()
    {
        var schema = ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "pets", _ => new ValueTask<object?>(Animals))
            .Bind("Query", "either", _ => new ValueTask<object?>(Animals))
            .IsTypeOf<Dog>("Dog")
            .IsTypeOf<Cat>("Cat"));

        var json = await ExecutionHarness.JsonAsync(schema, "{ either { __typename ... on Dog { name } } }");
        Assert.Equal("{\"data\":{\"either\":[{\"__typename\":\"Dog\",\"name\":\"Odie\"},{\"__typename\":\"Cat\"}]}}", json);
    }

    [Fact]
    public async Task Unresolvable_value_is_a_field_error_at_its_list_index()
    {
        var schema = ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "pets", _ => new ValueTask<object?>(new object[] { new Dog("Odie", true), new Rock("Pebble") }))
            .Bind("Query", "either", _ => new ValueTask<object?>(Animals))
            .IsTypeOf<Dog>("Dog")
            .IsTypeOf<Cat>("Cat"));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ pets { name } }");
        Assert.Equal("{\"pets\":[{\"name\":\"Odie\"},null]}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal(["pets", 1], error.Path!);
        Assert.Contains("Pet", error.Message);
    }
}
