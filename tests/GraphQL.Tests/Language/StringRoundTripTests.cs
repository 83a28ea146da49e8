using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Randomised check that any string value survives printing (as block or quoted string) and re-parsing.</summary>
public class StringRoundTripTests
{
    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "\n", "\r", "\r\n", "\"", "\"\"", "\"\"\"", "\\", "\\\"\"\"", "a", "Zz", "\u00E9", "\U0001F600",
        "\u0000", "\u001F", "\u007F", "\u2028", "#", "{", "}",
    ];

    private static string RandomValue(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    [Fact]
    public void Random_strings_round_trip_at_top_level_and_when_indented()
    {
        var random = new Random(2025);
        for (var round = 0; round < 5_000; round++)
        {
            var value = RandomValue(random);
            var node = new StringValueNode(value, block: random.Next(2) == 0);

            var standalone = Assert.IsType<StringValueNode>(Parser.ParseValue(Printer.Print(node)));
            Assert.Equal(value, standalone.Value);

            var nested = new DocumentNode(
            [
                new ObjectTypeDefinitionNode(null, "T", null, null,
                [
                    new FieldDefinitionNode(node, "f", [new InputValueDefinitionNode(node, "a", new NamedTypeNode("S"), node, null)], new NamedTypeNode("S"), null),
                ]),
            ]);
            var printed = Printer.Print(nested);
            var field = Assert.IsType<ObjectTypeDefinitionNode>(Assert.Single(Parser.Parse(printed).Definitions)).Fields[0];
            Assert.Equal(value, field.Description!.Value);
            Assert.Equal(value, field.Arguments[0].Description!.Value);
            Assert.Equal(value, Assert.IsType<StringValueNode>(field.Arguments[0].DefaultValue).Value);
        }
    }

    [Fact]
    public void Printable_block_strings_stay_block_strings()
    {
        var random = new Random(7);
        var kept = 0;
        for (var round = 0; round < 2_000; round++)
        {
            var value = RandomValue(random);
            if (BlockStrings.TryPrint(value) is null)
            {
                continue;
            }

            var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(Printer.Print(new StringValueNode(value, block: true))));

            Assert.True(reparsed.Block);
            Assert.Equal(value, reparsed.Value);
            kept++;
        }

        Assert.True(kept > 100, $"only {kept} values were printable as block strings");
    }
}
