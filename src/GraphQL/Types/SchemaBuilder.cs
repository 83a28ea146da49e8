using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>
/// Builds a validated <see cref="Schema"/> from SDL text plus C# bindings: field resolvers, default resolver strategies,
/// scalar implementations, CLR enums and abstract type resolution. <see cref="Build"/> fails with a
/// <see cref="SchemaValidationException"/> listing every problem: invalid SDL, section 3 rule violations, a root
/// field without a resolver, or a binding that names no type or field.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<string> _parseProblems = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Field, FieldResolver Resolver)> _bindings = [];
    private readonly Dictionary<string, Func<FieldDefinition, FieldResolver?>> _typeStrategies = new(StringComparer.Ordinal);
    private readonly List<(string Type, Type ClrEnum)> _enums = [];
    private readonly List<(string Type, Func<object, string?> Resolve)> _typeResolvers = [];
    private readonly List<(string Type, Func<object, bool> Check)> _isTypeOf = [];

    /// <summary>
    /// The resolver strategy for fields of non-root object types that have no explicit binding; by default
    /// <see cref="MemberResolver.For"/> (dictionary entry or property of the parent). Set to null to require an explicit
    /// binding for every field. Root type fields (Query, Mutation, Subscription) never get it implicitly.
    /// </summary>
    public Func<FieldDefinition, FieldResolver?>? DefaultResolverStrategy { get; set; } = MemberResolver.For;

    /// <summary>Adds SDL type definitions and extensions; may be called for several files.</summary>
    public SchemaBuilder AddTypeDefinitions(string sdl, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        try
        {
            _documents.Add(Parser.Parse(sdl, new ParserOptions { MaxTokens = int.MaxValue }));
        }
        catch (GraphQLSyntaxException exception)
        {
            _parseProblems.Add((sourceName is null ? string.Empty : sourceName + ": ") + exception.Message);
        }

        return this;
    }

    /// <summary>Adds an already parsed SDL document.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Supplies the implementation of a scalar the SDL declares (by <see cref="NamedType.Name"/>). DateTime, Date, Decimal,
    /// Long and UUID have built-in implementations and need no registration. Use a fresh instance per builder.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>
    /// Binds the resolver of <c>type.field</c>. Binding an interface field makes it the resolver of that field on every
    /// implementing object type that has no binding of its own.
    /// </summary>
    public SchemaBuilder Bind(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _bindings.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>Sets the resolver strategy for the unbound fields of one object type (root types included).</summary>
    public SchemaBuilder BindType(string typeName, Func<FieldDefinition, FieldResolver?> strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        _typeStrategies[typeName] = strategy;
        return this;
    }

    /// <summary>
    /// Maps an SDL enum to a CLR enum: resolvers return and receive CLR members. Names match ignoring case and
    /// underscores (<c>HIGH_RISK</c> ↔ <c>HighRisk</c>); an SDL value without a member is a build problem.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName)
        where TEnum : struct, Enum => BindEnum(typeName, typeof(TEnum));

    /// <summary>Non-generic form of <see cref="BindEnum{TEnum}"/>.</summary>
    public SchemaBuilder BindEnum(string typeName, Type clrEnum)
    {
        ArgumentNullException.ThrowIfNull(clrEnum);
        _enums.Add((typeName, clrEnum));
        return this;
    }

    /// <summary>Names the object type of a runtime value of an interface or union (return the GraphQL type name).</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, Func<object, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _typeResolvers.Add((abstractTypeName, resolve));
        return this;
    }

    /// <summary>Declares how to recognise runtime values of an object type (used to resolve interfaces and unions).</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _isTypeOf.Add((objectTypeName, check));
        return this;
    }

    /// <summary>Declares that CLR instances of <typeparamref name="T"/> are values of the object type.</summary>
    public SchemaBuilder IsTypeOf<T>(string objectTypeName) => IsTypeOf(objectTypeName, static value => value is T);

    /// <summary>Builds and validates the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build()
    {
        var problems = new List<string>(_parseProblems);
        var compiler = new SdlSchemaCompiler(_documents, _scalars, problems);
        var schema = compiler.Compile();
        if (schema is null)
        {
            throw new SchemaValidationException(problems);
        }

        ApplyEnumBindings(schema, problems);
        compiler.CoerceDefaultsAndDirectives(schema);
        ApplyTypeHooks(schema, problems);
        ApplyResolvers(schema, problems);
        problems.AddRange(schema.Validate());
        if (problems.Count > 0)
        {
            throw new SchemaValidationException(problems);
        }

        return schema;
    }

    private static bool IsRoot(Schema schema, ObjectType type) =>
        ReferenceEquals(type, schema.QueryType) || ReferenceEquals(type, schema.MutationType) || ReferenceEquals(type, schema.SubscriptionType);

    private void ApplyEnumBindings(Schema schema, List<string> problems)
    {
        foreach (var (typeName, clrEnum) in _enums)
        {
            if (schema.GetType(typeName) is not EnumType enumType)
            {
                problems.Add($"Enum binding names type \"{typeName}\", which is not an enum type of the schema.");
                continue;
            }

            foreach (var missing in enumType.BindClrEnum(clrEnum))
            {
                problems.Add($"Enum value \"{typeName}.{missing}\" has no member in CLR enum {clrEnum.Name}.");
            }
        }
    }

    private void ApplyTypeHooks(Schema schema, List<string> problems)
    {
        foreach (var (typeName, resolve) in _typeResolvers)
        {
            if (schema.GetType(typeName) is not IAbstractType abstractType)
            {
                problems.Add($"Type resolver names type \"{typeName}\", which is not an interface or union of the schema.");
                continue;
            }

            abstractType.ResolveType = (value, _) => resolve(value) is { } name ? schema.GetType(name) as ObjectType : null;
        }

        foreach (var (typeName, check) in _isTypeOf)
        {
            if (schema.GetType(typeName) is not ObjectType objectType)
            {
                problems.Add($"IsTypeOf names type \"{typeName}\", which is not an object type of the schema.");
                continue;
            }

            objectType.IsTypeOf = check;
        }
    }

    private void ApplyResolvers(Schema schema, List<string> problems)
    {
        var interfaceBindings = new Dictionary<(string, string), FieldResolver>();
        foreach (var (typeName, fieldName, resolver) in _bindings)
        {
            var type = schema.GetType(typeName);
            if (type is null || type.IsIntrospection)
            {
                problems.Add($"Resolver binding names type \"{typeName}\", which does not exist in the schema.");
                continue;
            }

            if (type is not ComplexType complex)
            {
                problems.Add($"Resolver binding names type \"{typeName}\", which is not an object or interface type.");
                continue;
            }

            if (complex.GetField(fieldName) is not { } field)
            {
                problems.Add($"Resolver binding names field \"{typeName}.{fieldName}\", which does not exist in the schema.");
                continue;
            }

            if (complex is InterfaceType)
            {
                interfaceBindings[(typeName, fieldName)] = resolver;
            }
            else
            {
                field.Resolver = resolver;
            }
        }

        foreach (var typeName in _typeStrategies.Keys)
        {
            if (schema.GetType(typeName) is not ObjectType)
            {
                problems.Add($"Resolver strategy names type \"{typeName}\", which is not an object type of the schema.");
            }
        }

        foreach (var type in schema.Types)
        {
            if (type is not ObjectType objectType || type.IsIntrospection)
            {
                continue;
            }

            var strategy = _typeStrategies.GetValueOrDefault(objectType.Name)
                ?? (IsRoot(schema, objectType) ? null : DefaultResolverStrategy);
            foreach (var field in objectType.Fields)
            {
                if (field.Resolver is not null)
                {
                    continue;
                }

                field.Resolver = InheritedBinding(objectType, field.Name, interfaceBindings) ?? strategy?.Invoke(field);
                if (field.Resolver is null)
                {
                    problems.Add($"Field \"{objectType.Name}.{field.Name}\" has no resolver: bind one with Bind(\"{objectType.Name}\", \"{field.Name}\", ...).");
                }
            }
        }
    }

    private static FieldResolver? InheritedBinding(
        ObjectType type, string fieldName, Dictionary<(string, string), FieldResolver> interfaceBindings)
    {
        foreach (var iface in type.Interfaces)
        {
            if (interfaceBindings.TryGetValue((iface.Name, fieldName), out var resolver))
            {
                return resolver;
            }
        }

        return null;
    }
}
