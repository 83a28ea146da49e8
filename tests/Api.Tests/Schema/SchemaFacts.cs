using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.Api.Tests.Schema;

/// <summary>
/// A schema document reduced to facts that do not depend on layout: per type its description, directives,
/// interfaces / union members and each member (field, argument list, enum value, input field) printed on its own,
/// with <c>extend type</c> blocks merged into their type. Region comments and type order therefore do not matter.
/// </summary>
public static class SchemaFacts
{
    /// <summary>The sorted facts of an SDL document.</summary>
    public static SortedSet<string> Of(string sdl)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    foreach (var operation in schema.OperationTypes)
                    {
                        facts.Add($"schema {operation.Operation}: {operation.Type.Name}");
                    }

                    break;
                case DirectiveDefinitionNode directive:
                    facts.Add($"directive @{directive.Name}({string.Join(", ", directive.Arguments.Select(Input))}){(directive.Repeatable ? " repeatable" : "")} on {string.Join("|", directive.Locations)} {Describe(directive.Description)}");
                    break;
                case TypeDefinitionNode type:
                    AddType(facts, type.Name, type.Description?.Value, type.Directives, Members(type));
                    break;
                case TypeExtensionNode extension:
                    AddType(facts, extension.Name, null, extension.Directives, Members(extension));
                    break;
            }
        }

        return facts;
    }

    private static void AddType(SortedSet<string> facts, string name, string? description, IReadOnlyList<DirectiveNode> directives, IEnumerable<string> members)
    {
        facts.Add($"type {name}");
        if (description is not null)
        {
            facts.Add($"{name} «{description.Trim()}»");
        }

        foreach (var directive in directives)
        {
            facts.Add($"{name} {Printer.Print(directive)}");
        }

        foreach (var member in members)
        {
            facts.Add($"{name}.{member}");
        }
    }

    private static IEnumerable<string> Members(SyntaxNode node) => node switch
    {
        ObjectTypeDefinitionNode o => o.Interfaces.Select(i => "implements " + i.Name).Concat(o.Fields.Select(Field)),
        ObjectTypeExtensionNode o => o.Interfaces.Select(i => "implements " + i.Name).Concat(o.Fields.Select(Field)),
        InterfaceTypeDefinitionNode i => i.Interfaces.Select(x => "implements " + x.Name).Concat(i.Fields.Select(Field)),
        InterfaceTypeExtensionNode i => i.Interfaces.Select(x => "implements " + x.Name).Concat(i.Fields.Select(Field)),
        UnionTypeDefinitionNode u => u.Types.Select(t => "member " + t.Name),
        UnionTypeExtensionNode u => u.Types.Select(t => "member " + t.Name),
        EnumTypeDefinitionNode e => e.Values.Select(Value),
        EnumTypeExtensionNode e => e.Values.Select(Value),
        InputObjectTypeDefinitionNode i => i.Fields.Select(Input),
        InputObjectTypeExtensionNode i => i.Fields.Select(Input),
        _ => [],
    };

    // Descriptions are compared by value: block strings and quoted strings with the same text are the same fact.
    private static string Field(FieldDefinitionNode field) =>
        $"{field.Name}({string.Join(", ", field.Arguments.Select(Input))}): {Printer.Print(field.Type)}{Directives(field.Directives)} {Describe(field.Description)}";

    private static string Input(InputValueDefinitionNode input) =>
        $"{input.Name}: {Printer.Print(input.Type)}{(input.DefaultValue is null ? "" : " = " + Printer.Print(input.DefaultValue))}{Directives(input.Directives)} {Describe(input.Description)}";

    private static string Value(EnumValueDefinitionNode value) => $"{value.Name}{Directives(value.Directives)} {Describe(value.Description)}";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => string.Concat(directives.Select(d => " " + Printer.Print(d)));

    private static string Describe(StringValueNode? description) => description is null ? "" : "«" + description.Value.Trim() + "»";
}
