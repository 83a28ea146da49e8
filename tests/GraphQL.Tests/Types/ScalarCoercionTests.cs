using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Input and result coercion of the built-in scalars (spec 3.5.1–3.5.5).</summary>
public sealed class ScalarCoercionTests
{
    private static object Literal(ScalarType scalar, string text) => scalar.ParseLiteral(Parser.ParseConstValue(text));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-7", -7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Int_accepts_integer_literals_in_32_bit_range(string literal, int expected) =>
        Assert.Equal(expected, Literal(BuiltInScalars.Int, literal));

    [Theory]
    [InlineData("1.5", "non-integer")]
    [InlineData("2147483648", "non 32-bit")]
    [InlineData("-2147483649", "non 32-bit")]
    [InlineData("\"1\"", "non-integer")]
    [InlineData("true", "non-integer")]
    [InlineData("ONE", "non-integer")]
    [InlineData("1e3", "non-integer")]
    public void Int_rejects_other_literals_with_a_clear_message(string literal, string reason)
    {
        var error = Assert.Throws<ValueCoercionException>(() => Literal(BuiltInScalars.Int, literal));
        Assert.Contains("Int cannot represent " + reason, error.Message);
    }

    [Fact]
    public void Int_variable_input_accepts_json_integers_and_integral_floats_but_not_strings()
    {
        Assert.Equal(4, BuiltInScalars.Int.ParseValue(Json("4")));
        Assert.Equal(4, BuiltInScalars.Int.ParseValue(Json("4.0")));
        Assert.Equal(4, BuiltInScalars.Int.ParseValue(4L));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.ParseValue(Json("4.5")));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.ParseValue(Json("\"4\"")));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.ParseValue(Json("4294967296")));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.ParseValue(true));
    }

    [Fact]
    public void Int_result_coercion_accepts_lossless_values_and_refuses_others()
    {
        Assert.Equal(1, BuiltInScalars.Int.Serialize(1.0));
        Assert.Equal(1, BuiltInScalars.Int.Serialize("1"));
        Assert.Equal(5, BuiltInScalars.Int.Serialize(5L));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.Serialize(1.5));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.Serialize(1L << 40));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.Serialize("one"));
    }

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.25e2", -25.0)]
    public void Float_accepts_int_and_float_literals(string literal, double expected) =>
        Assert.Equal(expected, Literal(BuiltInScalars.Float, literal));

    [Theory]
    [InlineData("\"1.5\"")]
    [InlineData("true")]
    [InlineData("1e400")]
    public void Float_rejects_strings_booleans_and_non_finite_literals(string literal) =>
        Assert.Throws<ValueCoercionException>(() => Literal(BuiltInScalars.Float, literal));

    [Fact]
    public void Float_rejects_NaN_and_Infinity_in_both_directions()
    {
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Float.ParseValue(double.NaN));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Float.ParseValue(double.PositiveInfinity));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Float.Serialize(double.NaN));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Float.Serialize(double.NegativeInfinity));
        Assert.Equal(3.0, BuiltInScalars.Float.ParseValue(Json("3")));
    }

    [Fact]
    public void String_accepts_only_strings_as_input()
    {
        Assert.Equal("abc", Literal(BuiltInScalars.String, "\"abc\""));
        Assert.Equal("abc", BuiltInScalars.String.ParseValue(Json("\"abc\"")));
        Assert.Throws<ValueCoercionException>(() => Literal(BuiltInScalars.String, "1"));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.String.ParseValue(1));
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
    }

    [Fact]
    public void Boolean_accepts_only_booleans_as_input()
    {
        Assert.Equal(true, Literal(BuiltInScalars.Boolean, "true"));
        Assert.Equal(false, BuiltInScalars.Boolean.ParseValue(Json("false")));
        Assert.Throws<ValueCoercionException>(() => Literal(BuiltInScalars.Boolean, "1"));
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Boolean.ParseValue("true"));
        Assert.Equal(true, BuiltInScalars.Boolean.Serialize(1));
    }

    [Fact]
    public void ID_accepts_strings_and_integers_and_serializes_as_string()
    {
        Assert.Equal("4", Literal(BuiltInScalars.ID, "4"));
        Assert.Equal("4", Literal(BuiltInScalars.ID, "\"4\""));
        Assert.Equal("-4", Literal(BuiltInScalars.ID, "-4"));
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(Json("4")));
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(Json("\"4\"")));
        Assert.Equal("4", BuiltInScalars.ID.Serialize(4));
        Assert.Equal("12345678901234", BuiltInScalars.ID.Serialize(12345678901234L));
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("true")]
    [InlineData("FOUR")]
    public void ID_rejects_float_boolean_and_enum_literals(string literal) =>
        Assert.Throws<ValueCoercionException>(() => Literal(BuiltInScalars.ID, literal));

    [Fact]
    public void ID_rejects_a_json_float_variable() =>
        Assert.Throws<ValueCoercionException>(() => BuiltInScalars.ID.ParseValue(Json("4.0")));

    [Fact]
    public void Messages_truncate_huge_values()
    {
        var huge = new string('9', 10_000);
        var error = Assert.Throws<ValueCoercionException>(() => Literal(BuiltInScalars.Int, huge));
        Assert.True(error.Message.Length < 200, error.Message);
    }
}
