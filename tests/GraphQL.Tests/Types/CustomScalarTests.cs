using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>The custom scalars the API needs: DateTime, Date, Decimal, Long, UUID.</summary>
public sealed class CustomScalarTests
{
    private static object Literal(ScalarType scalar, string text) => scalar.ParseLiteral(Parser.ParseConstValue(text));

    [Fact]
    public void DateTime_parses_instants_with_offset_and_serializes_round_trip()
    {
        var scalar = new DateTimeType();
        var parsed = (DateTimeOffset)Literal(scalar, "\"2024-05-01T09:30:00+02:00\"");
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2)), parsed);
        Assert.Equal("2024-05-01T09:30:00+02:00", scalar.Serialize(parsed));
        Assert.Equal("2024-05-01T07:30:00.125Z", scalar.Serialize(new DateTimeOffset(2024, 5, 1, 7, 30, 0, 125, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 7, 30, 0, TimeSpan.Zero), scalar.ParseValue("2024-05-01T07:30:00Z"));
    }

    [Theory]
    [InlineData("\"2024-05-01T09:30:00\"")]
    [InlineData("\"2024-05-01\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("1714550000")]
    public void DateTime_rejects_values_without_offset_or_not_strings(string literal)
    {
        var error = Assert.Throws<ValueCoercionException>(() => Literal(new DateTimeType(), literal));
        Assert.StartsWith("DateTime cannot represent", error.Message);
    }

    [Fact]
    public void DateTime_refuses_to_serialize_an_unspecified_kind_DateTime() =>
        Assert.Throws<ValueCoercionException>(() => new DateTimeType().Serialize(new DateTime(2024, 1, 1)));

    [Fact]
    public void Date_is_yyyy_MM_dd_only()
    {
        var scalar = new DateType();
        Assert.Equal(new DateOnly(2024, 2, 29), Literal(scalar, "\"2024-02-29\""));
        Assert.Equal("2024-02-29", scalar.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "\"2023-02-29\""));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "\"29/02/2024\""));
    }

    [Fact]
    public void Decimal_keeps_precision_and_serializes_as_string()
    {
        var scalar = new DecimalType();
        Assert.Equal(1234.50m, Literal(scalar, "\"1234.50\""));
        Assert.Equal(0.1m, Literal(scalar, "0.1"));
        Assert.Equal(12m, Literal(scalar, "12"));
        Assert.Equal(0.1m, scalar.ParseValue(JsonDocument.Parse("0.1").RootElement));
        Assert.Equal("1234.50", scalar.Serialize(1234.50m));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "\"12,5\""));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "true"));
    }

    [Fact]
    public void Long_is_64_bit()
    {
        var scalar = new LongType();
        Assert.Equal(9_007_199_254_740_993L, Literal(scalar, "9007199254740993"));
        Assert.Equal(long.MaxValue, scalar.ParseValue(JsonDocument.Parse("9223372036854775807").RootElement));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "9223372036854775808"));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "1.5"));
        Assert.Equal(42L, scalar.Serialize(42));
    }

    [Fact]
    public void Uuid_accepts_the_hyphenated_form()
    {
        var scalar = new UuidType();
        var id = Guid.Parse("123e4567-e89b-12d3-a456-426614174000");
        Assert.Equal(id, Literal(scalar, "\"123e4567-e89b-12d3-a456-426614174000\""));
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", scalar.Serialize(id));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "\"123e4567e89b12d3a456426614174000\""));
        Assert.Throws<ValueCoercionException>(() => Literal(scalar, "\"not-a-uuid\""));
    }
}
