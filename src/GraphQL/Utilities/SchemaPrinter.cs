using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Utilities;

/// <summary>Options of <see cref="SchemaPrinter"/>.</summary>
public sealed record SchemaPrinterOptions
{
    /// <summary>
    /// Print custom applied directives (e.g. <c>@authorize</c>) as written in the SDL. Off gives the standard
    /// printSchema output, which holds only what introspection can see (deprecations, specifiedBy, oneOf).
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; } = true;
}

/// <summary>
/// Prints a schema as SDL in a stable order: the schema definition (only when root names are not the defaults or it has
/// a description or directives), custom directive definitions, then types in schema order (SDL order), skipping built-in
/// scalars and introspection types. Output parses back to the same schema.
/// </summary>
public static class SchemaPrinter
{
    private const int MaxSingleLineDescription = 70;

    /// <summary>Prints the schema; <paramref name="options"/> defaults to including custom applied directives.</summary>
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var printer = new Writer(options ?? new SchemaPrinterOptions());
        return Printer.Print(printer.Document(schema)) + "\n";
    }

    /// <summary>Builds the SDL document of a schema without printing it.</summary>
    public static DocumentNode ToDocument(Schema schema, SchemaPrinterOptions? options = null) =>
        new Writer(options ?? new SchemaPrinterOptions()).Document(schema);

    private sealed class Writer(SchemaPrinterOptions options)
    {
        public DocumentNode Document(Schema schema)
        {
            var definitions = new List<DefinitionNode>();
            if (SchemaDefinition(schema) is { } schemaNode)
            {
                definitions.Add(schemaNode);
            }

            foreach (var directive in schema.DirectiveDefinitions)
            {
                if (!directive.IsSpecified)
                {
                    definitions.Add(Directive(directive));
                }
            }

            foreach (var type in schema.Types)
            {
                if (type.IsIntrospection || (type is ScalarType scalar && scalar.IsSpecified))
                {
                    continue;
                }

                definitions.Add(Type(type));
            }

            return new DocumentNode(definitions);
        }

        private static StringValueNode? Description(string? description)
        {
            if (description is null)
            {
                return null;
            }

            var block = description.Contains('\n') || description.Length > MaxSingleLineDescription;
            return new StringValueNode(description, block);
        }

        private SchemaDefinitionNode? SchemaDefinition(Schema schema)
        {
            var directives = AppliedDirectives(schema.Directives, []);
            var commonNames = schema.QueryType.Name == "Query"
                && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
                && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
            if (commonNames && schema.Description is null && directives.Count == 0)
            {
                return null;
            }

            var operations = new List<OperationTypeDefinitionNode>
            {
                new(OperationType.Query, new NamedTypeNode(schema.QueryType.Name)),
            };
            if (schema.MutationType is not null)
            {
                operations.Add(new(OperationType.Mutation, new NamedTypeNode(schema.MutationType.Name)));
            }

            if (schema.SubscriptionType is not null)
            {
                operations.Add(new(OperationType.Subscription, new NamedTypeNode(schema.SubscriptionType.Name)));
            }

            return new SchemaDefinitionNode(Description(schema.Description), directives, operations);
        }

        private DirectiveDefinitionNode Directive(DirectiveDefinition directive) =>
            new(Description(directive.Description), directive.Name, InputValues(directive.Arguments), directive.IsRepeatable, directive.Locations);

        private DefinitionNode Type(NamedType type)
        {
            var description = Description(type.Description);
            switch (type)
            {
                case ScalarType scalar:
                    var synthesized = new List<DirectiveNode>();
                    if (scalar.SpecifiedByUrl is { } url)
                    {
                        synthesized.Add(new DirectiveNode("specifiedBy", [new ArgumentNode("url", new StringValueNode(url))]));
                    }

                    return new ScalarTypeDefinitionNode(description, scalar.Name, AppliedDirectives(scalar.Directives, synthesized));
                case ObjectType objectType:
                    return new ObjectTypeDefinitionNode(
                        description, objectType.Name, Interfaces(objectType), AppliedDirectives(objectType.Directives, []), Fields(objectType));
                case InterfaceType interfaceType:
                    return new InterfaceTypeDefinitionNode(
                        description, interfaceType.Name, Interfaces(interfaceType), AppliedDirectives(interfaceType.Directives, []), Fields(interfaceType));
                case UnionType union:
                    return new UnionTypeDefinitionNode(
                        description, union.Name, AppliedDirectives(union.Directives, []), union.Members.Select(m => new NamedTypeNode(m.Name)).ToList());
                case EnumType enumType:
                    return new EnumTypeDefinitionNode(
                        description,
                        enumType.Name,
                        AppliedDirectives(enumType.Directives, []),
                        enumType.Values.Select(v => new EnumValueDefinitionNode(
                            Description(v.Description), v.Name, AppliedDirectives(v.Directives, Deprecation(v.DeprecationReason)))).ToList());
                case InputObjectType input:
                    var oneOf = input.IsOneOf ? new List<DirectiveNode> { new("oneOf", null) } : [];
                    return new InputObjectTypeDefinitionNode(
                        description, input.Name, AppliedDirectives(input.Directives, oneOf), InputValues(input.Fields));
                default:
                    throw new InvalidOperationException($"Cannot print type {type.Name}.");
            }
        }

        private static List<NamedTypeNode> Interfaces(ComplexType type) =>
            type.Interfaces.Select(i => new NamedTypeNode(i.Name)).ToList();

        private List<FieldDefinitionNode> Fields(ComplexType type) =>
            type.Fields.Select(f => new FieldDefinitionNode(
                Description(f.Description),
                f.Name,
                InputValues(f.Arguments),
                TypeNode(f.Type),
                AppliedDirectives(f.Directives, Deprecation(f.DeprecationReason)))).ToList();

        private List<InputValueDefinitionNode> InputValues(IReadOnlyList<InputValueDefinition> inputs) =>
            inputs.Select(i => new InputValueDefinitionNode(
                Description(i.Description),
                i.Name,
                TypeNode(i.Type),
                i.HasDefaultValue ? i.DefaultValueSyntax ?? ValueLiterals.AstFromValue(i.DefaultValue, i.Type) : null,
                AppliedDirectives(i.Directives, Deprecation(i.DeprecationReason)))).ToList();

        private static List<DirectiveNode> Deprecation(string? reason)
        {
            if (reason is null)
            {
                return [];
            }

            return reason == SpecifiedDirectives.DefaultDeprecationReason
                ? [new DirectiveNode("deprecated", null)]
                : [new DirectiveNode("deprecated", [new ArgumentNode("reason", new StringValueNode(reason))])];
        }

        // Specified directives are printed from the model (so schemas rebuilt from introspection print the same);
        // custom ones from their syntax, only when asked for.
        private List<DirectiveNode> AppliedDirectives(IReadOnlyList<AppliedDirective> applied, List<DirectiveNode> synthesized)
        {
            if (!options.IncludeAppliedDirectives)
            {
                return synthesized;
            }

            var result = new List<DirectiveNode>(synthesized);
            foreach (var directive in applied)
            {
                if (directive.Definition.IsSpecified)
                {
                    continue;
                }

                result.Add(directive.Syntax ?? new DirectiveNode(
                    directive.Name,
                    directive.Definition.Arguments
                        .Where(a => directive.Arguments.ContainsKey(a.Name))
                        .Select(a => new ArgumentNode(a.Name, ValueLiterals.AstFromValue(directive.Arguments[a.Name], a.Type) ?? new NullValueNode()))
                        .ToList()));
            }

            return result;
        }

        private static TypeNode TypeNode(GraphType type) => type switch
        {
            NonNullType nonNull => new NonNullTypeNode(TypeNode(nonNull.OfType)),
            ListType list => new ListTypeNode(TypeNode(list.OfType)),
            NamedType named => new NamedTypeNode(named.Name),
            _ => throw new InvalidOperationException("Unknown type."),
        };
    }
}
