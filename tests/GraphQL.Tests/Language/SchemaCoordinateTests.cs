using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Schema coordinate syntax (spec 2.14): five forms, no ignored tokens.</summary>
public class SchemaCoordinateTests
{
    [Theory]
    [InlineData("Business", SchemaCoordinateKind.Type, "Business", null, null)]
    [InlineData("Business.owner", SchemaCoordinateKind.Member, "Business", "owner", null)]
    [InlineData("Query.searchBusiness(criteria:)", SchemaCoordinateKind.Argument, "Query", "searchBusiness", "criteria")]
    [InlineData("@private", SchemaCoordinateKind.Directive, "private", null, null)]
    [InlineData("@private(scope:)", SchemaCoordinateKind.DirectiveArgument, "private", null, "scope")]
    [InlineData("__Type.fields(includeDeprecated:)", SchemaCoordinateKind.Argument, "__Type", "fields", "includeDeprecated")]
    public void Parses_every_form(string source, SchemaCoordinateKind kind, string name, string? member, string? argument)
    {
        var coordinate = SchemaCoordinate.Parse(source);

        Assert.Equal(new SchemaCoordinate(kind, name, member, argument), coordinate);
        Assert.Equal(source, coordinate.ToString());
    }

    [Theory]
    [InlineData("", "Expected Name, found <EOF>.")]
    [InlineData(" Business", "Expected Name, found \" \".")]
    [InlineData("Business ", "Unexpected \" \".")]
    [InlineData("Business. owner", "Expected Name, found \" \".")]
    [InlineData("Business.owner.name", "Unexpected \".\".")]
    [InlineData("Business(arg:)", "Unexpected \"(\".")]
    [InlineData("Query.field(arg)", "Expected \":\", found \")\".")]
    [InlineData("Query.field(arg:", "Expected \")\", found <EOF>.")]
    [InlineData("@dir.member", "Unexpected \".\".")]
    [InlineData("@", "Expected Name, found <EOF>.")]
    [InlineData("1Type", "Expected Name, found \"1\".")]
    public void Rejects_malformed_coordinates(string source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaCoordinate.Parse(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
    }
}
