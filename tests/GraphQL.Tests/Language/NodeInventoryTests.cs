using System.Collections;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Whole-tree checks over the kitchen sinks: every node kind appears, carries a location and prints.</summary>
public class NodeInventoryTests
{
    private static readonly string Everything = KitchenSink.Executable + "\n" + KitchenSink.TypeSystem;

    /// <summary>All nodes of a tree, found by reflection so that a forgotten child property cannot hide nodes.</summary>
    private static List<SyntaxNode> AllNodes(SyntaxNode root)
    {
        var nodes = new List<SyntaxNode>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            nodes.Add(node);
            Assert.True(nodes.Count < 100_000, "The node graph has a cycle.");
            foreach (var property in node.GetType().GetProperties())
            {
                // Derived shortcuts (TypeNode.NamedType returns the node itself) are not children.
                if (property.Name == nameof(TypeNode.NamedType))
                {
                    continue;
                }

                switch (property.GetValue(node))
                {
                    case SyntaxNode child:
                        pending.Push(child);
                        break;
                    case IEnumerable children and not string:
                        foreach (var item in children)
                        {
                            if (item is SyntaxNode childNode)
                            {
                                pending.Push(childNode);
                            }
                        }

                        break;
                }
            }
        }

        return nodes;
    }

    [Fact]
    public void Kitchen_sinks_cover_every_node_kind()
    {
        var kinds = AllNodes(Parser.Parse(Everything)).Select(n => n.Kind).ToHashSet();

        var missing = Enum.GetValues<NodeKind>().Except(kinds).ToList();

        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Node_kind_matches_node_class()
    {
        foreach (var node in AllNodes(Parser.Parse(Everything)))
        {
            Assert.Equal(node.Kind + "Node", node.GetType().Name);
        }
    }

    [Fact]
    public void Every_parsed_node_has_a_location_inside_the_source()
    {
        var lines = Everything.Split('\n');

        foreach (var node in AllNodes(Parser.Parse(Everything)))
        {
            var location = Assert.NotNull(node.Location);
            Assert.InRange(location.Line, 1, lines.Length);
            Assert.InRange(location.Column, 1, lines[location.Line - 1].Length);
        }
    }

    [Fact]
    public void No_location_option_leaves_every_node_without_location()
    {
        var nodes = AllNodes(Parser.Parse(Everything, new ParserOptions { NoLocation = true }));

        Assert.All(nodes, n => Assert.Null(n.Location));
    }

    [Fact]
    public void Every_node_prints_on_its_own()
    {
        foreach (var node in AllNodes(Parser.Parse(Everything)))
        {
            var printed = Printer.Print(node);

            Assert.False(string.IsNullOrWhiteSpace(printed));
            switch (node)
            {
                case ValueNode value:
                    Assert.True(SyntaxComparer.AreEqual(value, Parser.ParseValue(printed)), printed);
                    break;
                case TypeNode type:
                    Assert.True(SyntaxComparer.AreEqual(type, Parser.ParseType(printed)), printed);
                    break;
                case DefinitionNode definition:
                    Assert.True(SyntaxComparer.AreEqual(definition, Assert.Single(Parser.Parse(printed).Definitions)), printed);
                    break;
            }
        }
    }

    [Fact]
    public void Node_locations_point_at_their_first_token()
    {
        var source = "query Q($v: [Int!] = [1]) {\n  alias: f(a: {b: \"c\"}) @d {\n    ... on T { g }\n    ...F\n  }\n}";

        var nodes = AllNodes(Parser.Parse(source));

        var lines = source.Split('\n');
        foreach (var node in nodes)
        {
            var location = node.Location!.Value;
            var text = lines[location.Line - 1][(location.Column - 1)..];
            var printed = Printer.Print(node);
            var expectedStart = node switch
            {
                VariableDefinitionNode => "$",
                OperationDefinitionNode => "query",
                _ => printed[..1],
            };
            Assert.StartsWith(expectedStart, text);
        }
    }
}
