using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Types;

/// <summary>Turns SDL documents into schema types (spec 3: definitions, extensions, root operation types, directives).</summary>
internal sealed class SdlSchemaCompiler
{
    private readonly IReadOnlyList<DocumentNode> _documents;
    private readonly IReadOnlyDictionary<string, ScalarType> _scalars;
    private readonly List<string> _problems;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeOrder = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<(DirectiveDefinition Definition, DirectiveDefinitionNode Node)> _directiveNodes = [];
    private readonly List<PendingDirectives> _pendingDirectives = [];
    private readonly List<(InputValueDefinition Input, ValueNode Literal, string Path)> _pendingDefaults = [];
    private SchemaDefinitionNode? _schemaDefinition;
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];

    public SdlSchemaCompiler(IReadOnlyList<DocumentNode> documents, IReadOnlyDictionary<string, ScalarType> scalars, List<string> problems)
    {
        _documents = documents;
        _scalars = scalars;
        _problems = problems;
    }

    /// <summary>Creates the types and the (unvalidated) schema; null when no schema can be formed at all.</summary>
    public Schema? Compile()
    {
        Collect();
        foreach (var definition in _definitions.Values)
        {
            CreateType(definition);
        }

        foreach (var (name, extensions) in _extensions)
        {
            if (!_definitions.ContainsKey(name))
            {
                var builtIn = BuiltInScalars.Find(name) is not null;
                foreach (var extension in extensions)
                {
                    _problems.Add(builtIn
                        ? $"Cannot extend built-in scalar \"{name}\"{Where(extension)}."
                        : $"Cannot extend type \"{name}\" because it is not defined{Where(extension)}.");
                }
            }
        }

        foreach (var (definition, node) in _directiveNodes)
        {
            definition.Arguments = InputValues(node.Arguments, $"@{node.Name}", DirectiveLocation.ArgumentDefinition);
        }

        foreach (var definition in _definitions.Values)
        {
            FillType(definition);
        }

        var (query, mutation, subscription) = RootTypes();
        if (query is null)
        {
            return null;
        }

        var customDirectives = _directiveNodes.Select(d => d.Definition).ToList();
        var schema = new Schema(
            query, mutation, subscription, _typeOrder, customDirectives, _schemaDefinition?.Description?.Value, validate: false);
        var schemaDirectives = (_schemaDefinition?.Directives ?? []).Concat(_schemaExtensions.SelectMany(e => e.Directives)).ToList();
        _pendingDirectives.Add(new PendingDirectives("schema", schemaDirectives, DirectiveLocation.Schema, applied => schema.Directives = applied));
        return schema;
    }

    /// <summary>
    /// Coerces default values (input object field defaults before the values that rely on them), then resolves applied
    /// directives (whose arguments may use those defaults); runs after enums are bound to CLR enums.
    /// </summary>
    public void CoerceDefaultsAndDirectives(Schema schema)
    {
        var pending = new Dictionary<InputValueDefinition, (ValueNode Literal, string Path)>(ReferenceEqualityComparer.Instance);
        foreach (var (input, literal, path) in _pendingDefaults)
        {
            pending[input] = (literal, path);
        }

        var visitedTypes = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);

        void EnsureFieldDefaults(GraphType type)
        {
            if (type.GetNamedType() is InputObjectType input && visitedTypes.Add(input))
            {
                foreach (var field in input.Fields)
                {
                    Ensure(field);
                    EnsureFieldDefaults(field.Type);
                }
            }
        }

        void Ensure(InputValueDefinition input)
        {
            if (!pending.Remove(input, out var entry))
            {
                return;
            }

            EnsureFieldDefaults(input.Type);
            try
            {
                input.DefaultValue = ValueLiterals.CoerceLiteral(entry.Literal, input.Type);
            }
            catch (ValueCoercionException exception)
            {
                _problems.Add($"Default value of \"{entry.Path}\" is invalid: {exception.Message}{Where(entry.Literal)}");
            }
        }

        foreach (var (input, _, _) in _pendingDefaults)
        {
            Ensure(input);
        }

        foreach (var directives in _pendingDirectives)
        {
            directives.Apply(AppliedDirectiveReader.Read(schema, directives.Nodes, directives.Location, directives.Path, _problems));
        }
    }

    internal static string Where(SyntaxNode node) =>
        node.Location is { } location ? $" (line {location.Line}, column {location.Column})" : string.Empty;

    private void Collect()
    {
        foreach (var document in _documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schemaNode:
                        if (_schemaDefinition is not null)
                        {
                            _problems.Add($"Must provide only one schema definition{Where(schemaNode)}.");
                        }
                        else
                        {
                            _schemaDefinition = schemaNode;
                        }

                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                    case TypeDefinitionNode typeNode:
                        if (BuiltInScalars.Find(typeNode.Name) is not null)
                        {
                            // Redeclaring a built-in scalar (as some tools print) is harmless; the built-in wins.
                            if (typeNode is not ScalarTypeDefinitionNode)
                            {
                                _problems.Add($"Type \"{typeNode.Name}\" is a built-in scalar and cannot be redefined{Where(typeNode)}.");
                            }
                        }
                        else if (!_definitions.TryAdd(typeNode.Name, typeNode))
                        {
                            _problems.Add($"There can be only one type named \"{typeNode.Name}\"{Where(typeNode)}.");
                        }

                        break;
                    case TypeExtensionNode extension:
                        if (!_extensions.TryGetValue(extension.Name, out var list))
                        {
                            _extensions[extension.Name] = list = [];
                        }

                        list.Add(extension);
                        break;
                    case DirectiveDefinitionNode directiveNode:
                        CreateDirective(directiveNode);
                        break;
                    default:
                        _problems.Add($"The schema document must contain only type system definitions, found {definition.Kind}{Where(definition)}.");
                        break;
                }
            }
        }
    }

    private void CreateDirective(DirectiveDefinitionNode node)
    {
        if (SpecifiedDirectives.Find(node.Name) is not null)
        {
            _problems.Add($"Directive \"@{node.Name}\" already exists in the schema. It cannot be redefined{Where(node)}.");
            return;
        }

        var definition = new DirectiveDefinition(node.Name, node.Locations)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            Syntax = node,
        };
        if (!_directives.TryAdd(node.Name, definition))
        {
            _problems.Add($"There can be only one directive named \"@{node.Name}\"{Where(node)}.");
            return;
        }

        _directiveNodes.Add((definition, node));
    }

    private void CreateType(TypeDefinitionNode node)
    {
        NamedType type = node switch
        {
            ScalarTypeDefinitionNode scalar => CreateScalar(scalar),
            ObjectTypeDefinitionNode => new ObjectType(node.Name),
            InterfaceTypeDefinitionNode => new InterfaceType(node.Name),
            UnionTypeDefinitionNode => new UnionType(node.Name),
            EnumTypeDefinitionNode => new EnumType(node.Name),
            InputObjectTypeDefinitionNode => new InputObjectType(node.Name),
            _ => throw new InvalidOperationException("Unknown type definition node."),
        };
        type.Description = node.Description?.Value;
        type.Syntax = node;
        _types[node.Name] = type;
        _typeOrder.Add(type);
    }

    private ScalarType CreateScalar(ScalarTypeDefinitionNode node)
    {
        ScalarType? scalar = _scalars.GetValueOrDefault(node.Name) ?? node.Name switch
        {
            "DateTime" => new DateTimeType(),
            "Date" => new DateType(),
            "Decimal" => new DecimalType(),
            "Long" => new LongType(),
            "UUID" => new UuidType(),
            _ => null,
        };
        if (scalar is null)
        {
            _problems.Add($"Scalar \"{node.Name}\" has no implementation: register one with SchemaBuilder.AddScalar{Where(node)}.");
            scalar = new PassThroughScalarType(node.Name);
        }

        // The SDL is the source of truth for what the schema publishes.
        scalar.SpecifiedByUrl = null;
        return scalar;
    }

    private List<TypeExtensionNode> ExtensionsOf(string name) => _extensions.GetValueOrDefault(name) ?? [];

    private void FillType(TypeDefinitionNode node)
    {
        var type = _types[node.Name];
        var extensions = ExtensionsOf(node.Name);
        var directiveNodes = node.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
        foreach (var extension in extensions)
        {
            if (!ExtensionMatches(node, extension))
            {
                _problems.Add($"Cannot extend non-{KindName(node)} type \"{node.Name}\" with {extension.Kind}{Where(extension)}.");
            }
        }

        switch (type)
        {
            case ScalarType scalar:
                _pendingDirectives.Add(new PendingDirectives(node.Name, directiveNodes, DirectiveLocation.Scalar, applied =>
                {
                    scalar.Directives = applied;
                    scalar.SpecifiedByUrl = applied.FirstOrDefault(d => d.Name == "specifiedBy")?.GetArgument("url") as string;
                }));
                break;
            case ComplexType complex:
                var isObject = complex is ObjectType;
                var interfaces = new List<NamedTypeNode>();
                var fields = new List<FieldDefinitionNode>();
                if (node is ObjectTypeDefinitionNode objectNode)
                {
                    interfaces.AddRange(objectNode.Interfaces);
                    fields.AddRange(objectNode.Fields);
                }
                else if (node is InterfaceTypeDefinitionNode interfaceNode)
                {
                    interfaces.AddRange(interfaceNode.Interfaces);
                    fields.AddRange(interfaceNode.Fields);
                }

                foreach (var extension in extensions)
                {
                    if (extension is ObjectTypeExtensionNode objectExtension)
                    {
                        interfaces.AddRange(objectExtension.Interfaces);
                        fields.AddRange(objectExtension.Fields);
                    }
                    else if (extension is InterfaceTypeExtensionNode interfaceExtension)
                    {
                        interfaces.AddRange(interfaceExtension.Interfaces);
                        fields.AddRange(interfaceExtension.Fields);
                    }
                }

                foreach (var interfaceNode in interfaces)
                {
                    if (Lookup(interfaceNode) is { } found)
                    {
                        if (found is InterfaceType iface)
                        {
                            complex.AddInterface(iface);
                        }
                        else
                        {
                            _problems.Add($"Type \"{node.Name}\" must only implement Interface types, it cannot implement \"{found.Name}\"{Where(interfaceNode)}.");
                        }
                    }
                }

                foreach (var fieldNode in fields)
                {
                    complex.AddField(CreateField(node.Name, fieldNode));
                }

                _pendingDirectives.Add(new PendingDirectives(node.Name, directiveNodes, isObject ? DirectiveLocation.Object : DirectiveLocation.Interface, applied => complex.Directives = applied));
                break;
            case UnionType union:
                var members = ((UnionTypeDefinitionNode)node).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
                foreach (var memberNode in members)
                {
                    if (Lookup(memberNode) is { } found)
                    {
                        if (found is ObjectType member)
                        {
                            union.AddMember(member);
                        }
                        else
                        {
                            _problems.Add($"Union type \"{node.Name}\" can only include Object types, it cannot include \"{found.Name}\"{Where(memberNode)}.");
                        }
                    }
                }

                _pendingDirectives.Add(new PendingDirectives(node.Name, directiveNodes, DirectiveLocation.Union, applied => union.Directives = applied));
                break;
            case EnumType enumType:
                var values = ((EnumTypeDefinitionNode)node).Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                foreach (var valueNode in values)
                {
                    var value = new EnumValueDefinition(valueNode.Name)
                    {
                        Description = valueNode.Description?.Value,
                        Syntax = valueNode,
                    };
                    enumType.AddValue(value);
                    _pendingDirectives.Add(new PendingDirectives($"{node.Name}.{valueNode.Name}", valueNode.Directives, DirectiveLocation.EnumValue, applied =>
                    {
                        value.Directives = applied;
                        value.DeprecationReason = DeprecationReason(applied);
                    }));
                }

                _pendingDirectives.Add(new PendingDirectives(node.Name, directiveNodes, DirectiveLocation.Enum, applied => enumType.Directives = applied));
                break;
            case InputObjectType input:
                var inputFields = ((InputObjectTypeDefinitionNode)node).Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                foreach (var field in InputValues(inputFields.ToList(), node.Name, DirectiveLocation.InputFieldDefinition, '.'))
                {
                    input.AddField(field);
                }

                foreach (var extension in extensions)
                {
                    if (extension.Directives.FirstOrDefault(d => d.Name == "oneOf") is { } oneOfOnExtension)
                    {
                        _problems.Add($"The @oneOf directive must not be provided by an extension of \"{node.Name}\"{Where(oneOfOnExtension)}.");
                    }
                }

                // Known syntactically now so that defaults and validation see it before directives are coerced.
                input.IsOneOf = directiveNodes.Any(d => d.Name == "oneOf");
                _pendingDirectives.Add(new PendingDirectives(node.Name, directiveNodes, DirectiveLocation.InputObject, applied =>
                {
                    input.Directives = applied;
                    input.IsOneOf = applied.Any(d => d.Name == "oneOf");
                }));
                break;
        }
    }

    private static bool ExtensionMatches(TypeDefinitionNode node, TypeExtensionNode extension) => (node, extension) switch
    {
        (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
        (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
        (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
        (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
        (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
        (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };

    private FieldDefinition CreateField(string typeName, FieldDefinitionNode node)
    {
        var path = $"{typeName}.{node.Name}";
        var field = new FieldDefinition(node.Name, Resolve(node.Type))
        {
            Description = node.Description?.Value,
            Arguments = InputValues(node.Arguments, path, DirectiveLocation.ArgumentDefinition),
            Syntax = node,
        };
        _pendingDirectives.Add(new PendingDirectives(path, node.Directives, DirectiveLocation.FieldDefinition, applied =>
        {
            field.Directives = applied;
            field.DeprecationReason = DeprecationReason(applied);
        }));
        return field;
    }

    private List<InputValueDefinition> InputValues(
        IReadOnlyList<InputValueDefinitionNode> nodes, string owner, DirectiveLocation location, char separator = '(')
    {
        var result = new List<InputValueDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            var path = separator == '(' ? $"{owner}({node.Name}:)" : $"{owner}.{node.Name}";
            var input = new InputValueDefinition(node.Name, Resolve(node.Type))
            {
                Description = node.Description?.Value,
                DefaultValueSyntax = node.DefaultValue,
                Syntax = node,
            };
            if (node.DefaultValue is not null)
            {
                _pendingDefaults.Add((input, node.DefaultValue, path));
            }

            _pendingDirectives.Add(new PendingDirectives(path, node.Directives, location, applied =>
            {
                input.Directives = applied;
                input.DeprecationReason = DeprecationReason(applied);
            }));
            result.Add(input);
        }

        return result;
    }

    private static string? DeprecationReason(IReadOnlyList<AppliedDirective> applied)
    {
        foreach (var directive in applied)
        {
            if (directive.Name == "deprecated")
            {
                return directive.GetArgument("reason") as string ?? SpecifiedDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private NamedType? Lookup(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name, out var type))
        {
            return type;
        }

        if (BuiltInScalars.Find(node.Name) is { } builtIn)
        {
            return builtIn;
        }

        _problems.Add($"Unknown type \"{node.Name}\"{Where(node)}.");
        return null;
    }

    // Unknown names are reported once and replaced by String so that the rest of the schema can still be checked.
    private GraphType Resolve(TypeNode node) => node switch
    {
        NamedTypeNode named => Lookup(named) ?? BuiltInScalars.String,
        ListTypeNode list => new ListType(Resolve(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
        _ => throw new InvalidOperationException("Unknown type node."),
    };

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
    {
        var operationNodes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        var roots = new Dictionary<OperationType, ObjectType?>();
        if (_schemaDefinition is null && operationNodes.Count == 0)
        {
            roots[OperationType.Query] = DefaultRoot("Query");
            roots[OperationType.Mutation] = DefaultRoot("Mutation");
            roots[OperationType.Subscription] = DefaultRoot("Subscription");
        }
        else
        {
            foreach (var operationNode in operationNodes)
            {
                if (roots.ContainsKey(operationNode.Operation))
                {
                    _problems.Add($"There can be only one {operationNode.Operation.ToString().ToLowerInvariant()} type in schema{Where(operationNode)}.");
                    continue;
                }

                var found = Lookup(operationNode.Type);
                if (found is not null and not ObjectType)
                {
                    _problems.Add($"{operationNode.Operation} root type must be Object type, it cannot be \"{found.Name}\"{Where(operationNode)}.");
                }

                roots[operationNode.Operation] = found as ObjectType;
            }
        }

        var query = roots.GetValueOrDefault(OperationType.Query);
        if (query is null)
        {
            _problems.Add("Query root type must be provided.");
        }

        return (query, roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription));
    }

    private ObjectType? DefaultRoot(string name)
    {
        if (!_types.TryGetValue(name, out var type))
        {
            return null;
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        _problems.Add($"Root type \"{name}\" must be an Object type, it is {type.Kind}.");
        return null;
    }

    private sealed record PendingDirectives(
        string Path, IReadOnlyList<DirectiveNode> Nodes, DirectiveLocation Location, Action<IReadOnlyList<AppliedDirective>> Apply);
}
