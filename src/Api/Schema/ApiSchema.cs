using Platform.Api.Callers;
using Platform.GraphQL.Types;

namespace Platform.Api.Schema;

/// <summary>Builds the executable schema from <c>schema/schema.graphql</c> and binds its resolvers.</summary>
public static class ApiSchema
{
    /// <summary>The copy of <c>schema/schema.graphql</c> placed beside the assembly at build time.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "schema.graphql");

    /// <summary>Reads and builds the schema; an invalid file fails start-up with every problem listed.</summary>
    public static Platform.GraphQL.Types.Schema Load(string? path = null)
    {
        path ??= DefaultPath;
        var sdl = File.ReadAllText(path);
        return new SchemaBuilder()
            .AddTypeDefinitions(sdl, "schema.graphql")
            .BindEnum<Role>("Role")
            .Bind("Query", "me", context => ValueTask.FromResult<object?>(Viewer.FromPrincipal(context.CallerOf())))
            .Build();
    }
}
