using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Utilities;

/// <summary>Coercion of variable values given as JSON (spec 3.10, 3.11 input coercion).</summary>
public sealed class InputValuesTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { a(i: Order, k: Key): Int }
            input Order { items: [Item!]! note: String = "none" }
            input Item { sku: ID! qty: Int! }
            input Key @oneOf { id: ID email: String }
            """)
        .Bind("Query", "a", _ => new ValueTask<object?>((object?)null))
        .Build();

    private static object? Coerce(string json, string type) =>
        InputValues.CoerceInputValue(
            JsonDocument.Parse(json).RootElement.Clone(),
            TypeReferences.TypeFromAst(Schema, Parser.ParseType(type))!);

    [Fact]
    public void Json_objects_and_arrays_coerce_with_defaults()
    {
        var order = Assert.IsType<Dictionary<string, object?>>(Coerce("""{"items": [{"sku": 7, "qty": 2}]}""", "Order!"));

        Assert.Equal("none", order["note"]);
        var item = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(order["items"])));
        Assert.Equal("7", item["sku"]);
        Assert.Equal(2, item["qty"]);
    }

    [Fact]
    public void A_single_value_is_wrapped_in_a_list() =>
        Assert.Equal(new List<object?> { 3 }, Coerce("3", "[Int]"));

    [Theory]
    [InlineData("""{"items": [{"sku": 1, "qty": 1.5}]}""", "Int cannot represent non-integer value: 1.5 at \"items[0].qty\".")]
    [InlineData("""{"items": [{"sku": 1}]}""", "Field \"qty\" of required type \"Int!\" was not provided at \"items[0]\".")]
    [InlineData("""{"items": [], "extra": 1}""", "Field \"extra\" is not defined by type \"Order\".")]
    [InlineData("""{"items": null}""", "Expected non-nullable type \"[Item!]!\" not to be null at \"items\".")]
    [InlineData("\"order\"", "Expected type \"Order\" to be an object.")]
    [InlineData("null", "Expected non-nullable type \"Order!\" not to be null.")]
    public void Errors_name_the_path_inside_the_value(string json, string expected)
    {
        var error = Assert.Throws<ValueCoercionException>(() => Coerce(json, "Order!"));
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("""{"id": "1", "email": "a@b"}""", "Exactly one key must be specified for OneOf type \"Key\".")]
    [InlineData("""{}""", "Exactly one key must be specified for OneOf type \"Key\".")]
    [InlineData("""{"id": null}""", "Field \"id\" must be non-null.")]
    public void OneOf_variables_need_exactly_one_non_null_key(string json, string expected)
    {
        var error = Assert.Throws<ValueCoercionException>(() => Coerce(json, "Key"));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Plain_dotnet_values_are_accepted_too()
    {
        var value = new Dictionary<string, object?> { ["email"] = "a@b" };

        Assert.Equal(value, InputValues.CoerceInputValue(value, Schema.GetType("Key")!));
    }
}
