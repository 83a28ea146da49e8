using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Enum coercion (spec 3.9): names out, enum literals (never strings) in.</summary>
public sealed class EnumTypeTests
{
    private static EnumType Risk()
    {
        var type = new EnumType("RiskLevel");
        type.AddValue(new EnumValueDefinition("LOW"));
        type.AddValue(new EnumValueDefinition("VERY_HIGH"));
        return type;
    }

    private enum RiskLevel
    {
        Low,
        VeryHigh,
    }

    [Fact]
    public void Serializes_internal_values_and_unbound_clr_members_by_name()
    {
        var type = Risk();

        Assert.Equal("LOW", type.Serialize("LOW"));
        Assert.Equal("VERY_HIGH", type.Serialize(RiskLevel.VeryHigh));
        Assert.Throws<ValueCoercionException>(() => type.Serialize("MEDIUM"));
        Assert.Throws<ValueCoercionException>(() => type.Serialize(7));
    }

    [Fact]
    public void Bound_values_parse_to_clr_members()
    {
        var type = Risk();
        Assert.Empty(type.BindClrEnum(typeof(RiskLevel)));

        Assert.Equal(RiskLevel.VeryHigh, type.ParseLiteral(Parser.ParseValue("VERY_HIGH")));
        Assert.Equal(RiskLevel.Low, type.ParseValue("LOW"));
        Assert.Equal("VERY_HIGH", type.Serialize(RiskLevel.VeryHigh));
    }

    [Fact]
    public void String_literals_are_not_enum_values()
    {
        var error = Assert.Throws<ValueCoercionException>(() => Risk().ParseLiteral(Parser.ParseValue("\"LOW\"")));

        Assert.Contains("RiskLevel", error.Message);
        Assert.Throws<ValueCoercionException>(() => Risk().ParseValue("MEDIUM"));
        Assert.Throws<ValueCoercionException>(() => Risk().ParseValue(1));
    }
}
