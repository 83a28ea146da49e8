using System.Collections;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Types;

/// <summary>Type system validation of spec section 3: collects every problem of a schema instead of stopping at the first.</summary>
internal sealed class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<string> _problems = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRoots();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._problems;
    }

    private void Problem(string message) => _problems.Add(message);

    private void ValidateRoots()
    {
        var roots = new (string Operation, ObjectType? Type)[]
        {
            ("query", _schema.QueryType), ("mutation", _schema.MutationType), ("subscription", _schema.SubscriptionType),
        };
        for (var i = 0; i < roots.Length; i++)
        {
            for (var j = i + 1; j < roots.Length; j++)
            {
                if (roots[i].Type is not null && ReferenceEquals(roots[i].Type, roots[j].Type))
                {
                    Problem($"All root types must be different, \"{roots[i].Type!.Name}\" type is used as {roots[i].Operation} and {roots[j].Operation} root types.");
                }
            }
        }
    }

    private void ValidateName(string name, string what)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Problem($"Name \"{name}\" of {what} must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (!IsValidName(name))
        {
            Problem($"Name \"{name}\" of {what} is not a valid GraphQL name (letters, digits and \"_\", not starting with a digit).");
        }
    }

    private static bool IsValidName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.DirectiveDefinitions)
        {
            if (directive.IsSpecified)
            {
                continue;
            }

            ValidateName(directive.Name, $"directive \"@{directive.Name}\"");
            if (directive.Locations.Count == 0)
            {
                Problem($"Directive \"@{directive.Name}\" must include at least one location.");
            }

            ValidateArguments(directive.Arguments, $"@{directive.Name}");
            if (DirectiveReferencesItself(directive))
            {
                Problem($"Directive \"@{directive.Name}\" must not reference itself directly or indirectly.");
            }
        }
    }

    private void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments, string owner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var path = $"{owner}({argument.Name}:)";
            ValidateName(argument.Name, $"argument \"{path}\"");
            if (!seen.Add(argument.Name))
            {
                Problem($"Argument \"{path}\" can only be defined once.");
            }

            if (!argument.Type.IsInputType)
            {
                Problem($"The type of \"{path}\" must be an input type but got \"{argument.Type}\".");
            }

            if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.IsDeprecated)
            {
                Problem($"Required argument \"{path}\" cannot be deprecated.");
            }
        }
    }

    private bool DirectiveReferencesItself(DirectiveDefinition directive)
    {
        var visitedTypes = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IEnumerable<AppliedDirective>>();
        var pendingTypes = new Stack<NamedType>();
        foreach (var argument in directive.Arguments)
        {
            pending.Push(argument.Directives);
            pendingTypes.Push(argument.Type.GetNamedType());
        }

        while (pending.Count > 0 || pendingTypes.Count > 0)
        {
            while (pending.Count > 0)
            {
                foreach (var applied in pending.Pop())
                {
                    if (ReferenceEquals(applied.Definition, directive))
                    {
                        return true;
                    }

                    foreach (var argument in applied.Definition.Arguments)
                    {
                        pendingTypes.Push(argument.Type.GetNamedType());
                    }
                }
            }

            if (pendingTypes.Count > 0)
            {
                var type = pendingTypes.Pop();
                if (!visitedTypes.Add(type))
                {
                    continue;
                }

                pending.Push(type.Directives);
                if (type is InputObjectType input)
                {
                    foreach (var field in input.Fields)
                    {
                        pending.Push(field.Directives);
                        pendingTypes.Push(field.Type.GetNamedType());
                    }
                }
                else if (type is EnumType enumType)
                {
                    foreach (var value in enumType.Values)
                    {
                        pending.Push(value.Directives);
                    }
                }
            }
        }

        return false;
    }

    private void ValidateTypes()
    {
        foreach (var type in _schema.Types)
        {
            if (type.IsIntrospection && _schema.Introspection.All.Contains(type))
            {
                continue;
            }

            ValidateName(type.Name, $"type \"{type.Name}\"");
            switch (type)
            {
                case ObjectType objectType:
                    ValidateFields(objectType);
                    ValidateInterfaces(objectType);
                    break;
                case InterfaceType interfaceType:
                    ValidateFields(interfaceType);
                    ValidateInterfaces(interfaceType);
                    break;
                case UnionType union:
                    ValidateUnion(union);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input);
                    break;
            }
        }
    }

    private void ValidateFields(ComplexType type)
    {
        var kind = type is ObjectType ? "Object" : "Interface";
        if (type.Fields.Count == 0)
        {
            Problem($"{kind} type \"{type.Name}\" must define one or more fields.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, $"field \"{type.Name}.{field.Name}\"");
            if (!seen.Add(field.Name))
            {
                Problem($"Field \"{type.Name}.{field.Name}\" can only be defined once.");
            }

            if (!field.Type.IsOutputType)
            {
                Problem($"The type of \"{type.Name}.{field.Name}\" must be an output type but got \"{field.Type}\".");
            }

            ValidateArguments(field.Arguments, $"{type.Name}.{field.Name}");
        }
    }

    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<InterfaceType>(ReferenceEqualityComparer.Instance);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                Problem($"Type \"{type.Name}\" cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface))
            {
                Problem($"Type \"{type.Name}\" can only implement \"{iface.Name}\" once.");
                continue;
            }

            if (type is InterfaceType && ImplementsTransitively(iface, (InterfaceType)type))
            {
                Problem($"Interface \"{type.Name}\" cannot implement \"{iface.Name}\" because it would create a circular reference.");
                continue;
            }

            ValidateTransitiveInterfaces(type, iface);
            ValidateImplementation(type, iface);
        }
    }

    private static bool ImplementsTransitively(InterfaceType start, InterfaceType target)
    {
        var visited = new HashSet<InterfaceType>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<InterfaceType>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!visited.Add(current))
            {
                continue;
            }

            foreach (var parent in current.Interfaces)
            {
                if (ReferenceEquals(parent, target))
                {
                    return true;
                }

                pending.Push(parent);
            }
        }

        return false;
    }

    private void ValidateTransitiveInterfaces(ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Implements(transitive) && !ReferenceEquals(transitive, type))
            {
                Problem($"Type \"{type.Name}\" must implement \"{transitive.Name}\" because it is implemented by \"{iface.Name}\".");
            }
        }
    }

    private void ValidateImplementation(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                Problem($"Interface field \"{iface.Name}.{ifaceField.Name}\" expected but \"{type.Name}\" does not provide it.");
                continue;
            }

            if (!TypeReferences.IsTypeSubTypeOf(_schema, field.Type, ifaceField.Type))
            {
                Problem($"Interface field \"{iface.Name}.{ifaceField.Name}\" expects type \"{ifaceField.Type}\" but \"{type.Name}.{field.Name}\" is type \"{field.Type}\".");
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argument = field.GetArgument(ifaceArgument.Name);
                if (argument is null)
                {
                    Problem($"Interface field argument \"{iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:)\" expected but \"{type.Name}.{field.Name}\" does not provide it.");
                }
                else if (!TypeReferences.IsEqualType(argument.Type, ifaceArgument.Type))
                {
                    Problem($"Interface field argument \"{iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:)\" expects type \"{ifaceArgument.Type}\" but \"{type.Name}.{field.Name}({argument.Name}:)\" is type \"{argument.Type}\".");
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (ifaceField.GetArgument(argument.Name) is null && argument.Type is NonNullType && !argument.HasDefaultValue)
                {
                    Problem($"Argument \"{type.Name}.{field.Name}({argument.Name}:)\" must not be required type \"{argument.Type}\" if not provided by the interface field \"{iface.Name}.{ifaceField.Name}\".");
                }
            }
        }
    }

    private void ValidateUnion(UnionType union)
    {
        if (union.Members.Count == 0)
        {
            Problem($"Union type \"{union.Name}\" must define one or more member types.");
        }

        var seen = new HashSet<ObjectType>(ReferenceEqualityComparer.Instance);
        foreach (var member in union.Members)
        {
            if (!seen.Add(member))
            {
                Problem($"Union type \"{union.Name}\" can only include type \"{member.Name}\" once.");
            }
        }
    }

    private void ValidateEnum(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Problem($"Enum type \"{enumType.Name}\" must define one or more values.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, $"enum value \"{enumType.Name}.{value.Name}\"");
            if (value.Name is "true" or "false" or "null")
            {
                Problem($"Enum type \"{enumType.Name}\" cannot include value: {value.Name}.");
            }

            if (!seen.Add(value.Name))
            {
                Problem($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.");
            }
        }
    }

    private void ValidateInputObject(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Problem($"Input Object type \"{input.Name}\" must define one or more fields.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var path = $"{input.Name}.{field.Name}";
            ValidateName(field.Name, $"input field \"{path}\"");
            if (!seen.Add(field.Name))
            {
                Problem($"Input field \"{path}\" can only be defined once.");
            }

            if (!field.Type.IsInputType)
            {
                Problem($"The type of \"{path}\" must be an input type but got \"{field.Type}\".");
            }

            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                Problem($"Required input field \"{path}\" cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Problem($"OneOf input field \"{path}\" must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    Problem($"OneOf input field \"{path}\" cannot have a default value.");
                }
            }
        }

        if (NonNullCycle(input) is { } cycle)
        {
            Problem($"Cannot reference Input Object \"{input.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
        }

        if (DefaultValueHasCycle(input, new Dictionary<string, object?>(), []))
        {
            Problem($"Input Object \"{input.Name}\" has a cycle of default values referencing itself.");
        }
    }

    // Reports the cycle only when it returns to the starting type, so each type in a cycle reports its own path.
    private static string? NonNullCycle(InputObjectType start)
    {
        var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        var path = new List<string>();

        string? Visit(InputObjectType current)
        {
            if (!visited.Add(current))
            {
                return null;
            }

            foreach (var field in current.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType target })
                {
                    path.Add(field.Name);
                    if (ReferenceEquals(target, start))
                    {
                        return string.Join('.', path);
                    }

                    if (Visit(target) is { } found)
                    {
                        return found;
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            return null;
        }

        return Visit(start);
    }

    private static bool DefaultValueHasCycle(InputObjectType input, object? defaultValue, HashSet<InputValueDefinition> visited)
    {
        if (defaultValue is IEnumerable list and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
        {
            foreach (var item in list)
            {
                if (DefaultValueHasCycle(input, item, visited))
                {
                    return true;
                }
            }

            return false;
        }

        if (defaultValue is not IReadOnlyDictionary<string, object?> map)
        {
            return false;
        }

        foreach (var field in input.Fields)
        {
            if (field.Type.GetNamedType() is not InputObjectType fieldType)
            {
                continue;
            }

            if (map.TryGetValue(field.Name, out var given))
            {
                if (DefaultValueHasCycle(fieldType, given, visited))
                {
                    return true;
                }

                continue;
            }

            if (!field.HasDefaultValue)
            {
                continue;
            }

            if (visited.Contains(field))
            {
                return true;
            }

            var next = new HashSet<InputValueDefinition>(visited, ReferenceEqualityComparer.Instance) { field };
            if (DefaultValueHasCycle(fieldType, field.DefaultValue, next))
            {
                return true;
            }
        }

        return false;
    }
}
