using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Utilities;

/// <summary>
/// Rebuilds a schema (without resolvers) from the result of <see cref="IntrospectionQuery.Text"/> — graphql-js
/// buildClientSchema. Unknown scalars become <see cref="PassThroughScalarType"/>s. Throws <see cref="FormatException"/>
/// when the JSON is not an introspection result and <see cref="SchemaValidationException"/> when the schema is invalid.
/// </summary>
public static class IntrospectionSchemaReader
{
    /// <summary>Reads a response (<c>{"data": {"__schema": ...}}</c>), its data, or the <c>__schema</c> object itself.</summary>
    public static Schema Read(JsonElement introspection)
    {
        var schemaJson = introspection;
        if (schemaJson.ValueKind == JsonValueKind.Object && schemaJson.TryGetProperty("data", out var data))
        {
            schemaJson = data;
        }

        if (schemaJson.ValueKind == JsonValueKind.Object && schemaJson.TryGetProperty("__schema", out var inner))
        {
            schemaJson = inner;
        }

        if (schemaJson.ValueKind != JsonValueKind.Object || !schemaJson.TryGetProperty("types", out _))
        {
            throw new FormatException("Expected an introspection result with a \"__schema\" object holding \"types\".");
        }

        return new Reader().Read(schemaJson);
    }

    /// <summary>Parses JSON text and reads it with <see cref="Read(JsonElement)"/>.</summary>
    public static Schema Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    private sealed class Reader
    {
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly List<(InputValueDefinition Input, ValueNode Literal)> _defaults = [];

        public Schema Read(JsonElement schemaJson)
        {
            var order = new List<NamedType>();
            var typeJsons = new List<(NamedType Type, JsonElement Json)>();
            foreach (var typeJson in Array(schemaJson, "types"))
            {
                var name = RequiredString(typeJson, "name");
                if (name.StartsWith("__", StringComparison.Ordinal))
                {
                    continue;
                }

                var type = Create(typeJson, name);
                if (!_types.TryAdd(name, type))
                {
                    throw new FormatException($"The introspection result lists type \"{name}\" twice.");
                }

                order.Add(type);
                typeJsons.Add((type, typeJson));
            }

            foreach (var (type, json) in typeJsons)
            {
                Fill(type, json);
            }

            var directives = new List<DirectiveDefinition>();
            foreach (var directiveJson in Array(schemaJson, "directives"))
            {
                var name = RequiredString(directiveJson, "name");
                if (SpecifiedDirectives.Find(name) is not null)
                {
                    continue;
                }

                var locations = new List<DirectiveLocation>();
                foreach (var location in Array(directiveJson, "locations"))
                {
                    if (!DirectiveLocationNames.TryParse(location.GetString() ?? string.Empty, out var parsed))
                    {
                        throw new FormatException($"Directive \"@{name}\" has an unknown location \"{location}\".");
                    }

                    locations.Add(parsed);
                }

                directives.Add(new DirectiveDefinition(name, locations)
                {
                    Description = OptionalString(directiveJson, "description"),
                    IsRepeatable = directiveJson.TryGetProperty("isRepeatable", out var repeatable) && repeatable.ValueKind == JsonValueKind.True,
                    Arguments = InputValues(directiveJson, "args"),
                });
            }

            foreach (var (input, literal) in _defaults)
            {
                input.DefaultValue = ValueLiterals.CoerceLiteral(literal, input.Type);
            }

            var query = RootType(schemaJson, "queryType") ?? throw new FormatException("The introspection result has no query type.");
            return new Schema(
                query,
                RootType(schemaJson, "mutationType"),
                RootType(schemaJson, "subscriptionType"),
                order,
                directives,
                OptionalString(schemaJson, "description"));
        }

        private static IEnumerable<JsonElement> Array(JsonElement parent, string property) =>
            parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : [];

        private static string RequiredString(JsonElement parent, string property) =>
            parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new FormatException($"Expected a string \"{property}\" in the introspection result.");

        private static string? OptionalString(JsonElement parent, string property) =>
            parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static NamedType Create(JsonElement json, string name)
        {
            var description = OptionalString(json, "description");
            var kind = RequiredString(json, "kind");
            NamedType type = kind switch
            {
                "SCALAR" => BuiltInScalars.Find(name) ?? new PassThroughScalarType(name, description, OptionalString(json, "specifiedByURL")),
                "OBJECT" => new ObjectType(name, description),
                "INTERFACE" => new InterfaceType(name, description),
                "UNION" => new UnionType(name, description),
                "ENUM" => new EnumType(name, description),
                "INPUT_OBJECT" => new InputObjectType(name, description)
                {
                    IsOneOf = json.TryGetProperty("isOneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.True,
                },
                _ => throw new FormatException($"Type \"{name}\" has an unknown kind \"{kind}\"."),
            };
            return type;
        }

        private void Fill(NamedType type, JsonElement json)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var iface in Array(json, "interfaces"))
                    {
                        complex.AddInterface(Named<InterfaceType>(iface, "an interface"));
                    }

                    foreach (var fieldJson in Array(json, "fields"))
                    {
                        complex.AddField(new FieldDefinition(RequiredString(fieldJson, "name"), TypeRef(fieldJson.GetProperty("type")))
                        {
                            Description = OptionalString(fieldJson, "description"),
                            Arguments = InputValues(fieldJson, "args"),
                            DeprecationReason = Deprecation(fieldJson),
                        });
                    }

                    break;
                case UnionType union:
                    foreach (var member in Array(json, "possibleTypes"))
                    {
                        union.AddMember(Named<ObjectType>(member, "an object type"));
                    }

                    break;
                case EnumType enumType:
                    foreach (var valueJson in Array(json, "enumValues"))
                    {
                        enumType.AddValue(new EnumValueDefinition(RequiredString(valueJson, "name"))
                        {
                            Description = OptionalString(valueJson, "description"),
                            DeprecationReason = Deprecation(valueJson),
                        });
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in InputValues(json, "inputFields"))
                    {
                        input.AddField(field);
                    }

                    break;
            }
        }

        private static string? Deprecation(JsonElement json) =>
            json.TryGetProperty("isDeprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.True
                ? OptionalString(json, "deprecationReason") ?? SpecifiedDirectives.DefaultDeprecationReason
                : null;

        private List<InputValueDefinition> InputValues(JsonElement parent, string property)
        {
            var result = new List<InputValueDefinition>();
            foreach (var json in Array(parent, property))
            {
                var input = new InputValueDefinition(RequiredString(json, "name"), TypeRef(json.GetProperty("type")))
                {
                    Description = OptionalString(json, "description"),
                    DeprecationReason = Deprecation(json),
                };
                if (OptionalString(json, "defaultValue") is { } defaultText)
                {
                    try
                    {
                        input.DefaultValueSyntax = Parser.ParseConstValue(defaultText);
                    }
                    catch (GraphQLSyntaxException exception)
                    {
                        throw new FormatException($"Default value of \"{input.Name}\" is not a GraphQL value: {exception.Message}");
                    }

                    _defaults.Add((input, input.DefaultValueSyntax));
                }

                result.Add(input);
            }

            return result;
        }

        private T Named<T>(JsonElement reference, string what)
            where T : NamedType
        {
            var name = RequiredString(reference, "name");
            return _types.GetValueOrDefault(name) as T
                ?? throw new FormatException($"Type reference \"{name}\" does not name {what} of the introspection result.");
        }

        private GraphType TypeRef(JsonElement reference)
        {
            var kind = RequiredString(reference, "kind");
            switch (kind)
            {
                case "LIST":
                    return new ListType(TypeRef(OfType(reference)));
                case "NON_NULL":
                    var inner = TypeRef(OfType(reference));
                    return inner is NonNullType
                        ? throw new FormatException("A NON_NULL type reference wraps another NON_NULL.")
                        : new NonNullType(inner);
                default:
                    var name = RequiredString(reference, "name");
                    return _types.GetValueOrDefault(name) ?? BuiltInScalars.Find(name)
                        ?? throw new FormatException($"Type reference \"{name}\" is not among the introspected types.");
            }
        }

        private static JsonElement OfType(JsonElement reference) =>
            reference.TryGetProperty("ofType", out var ofType) && ofType.ValueKind == JsonValueKind.Object
                ? ofType
                : throw new FormatException("A wrapping type reference has no \"ofType\" (the query may not nest deep enough).");

        private ObjectType? RootType(JsonElement schemaJson, string property)
        {
            if (!schemaJson.TryGetProperty(property, out var reference) || reference.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return Named<ObjectType>(reference, "an object type");
        }
    }
}
