namespace Platform.GraphQL.Types;

/// <summary>The five scalars every schema has (spec 3.5), shared by all schemas.</summary>
public static class BuiltInScalars
{
    /// <summary>The built-in <c>Int</c>.</summary>
    public static readonly IntType Int = new();

    /// <summary>The built-in <c>Float</c>.</summary>
    public static readonly FloatType Float = new();

    /// <summary>The built-in <c>String</c>.</summary>
    public static readonly StringType String = new();

    /// <summary>The built-in <c>Boolean</c>.</summary>
    public static readonly BooleanType Boolean = new();

    /// <summary>The built-in <c>ID</c>.</summary>
    public static readonly IdType ID = new();

    /// <summary>All five, in the order they are introspected.</summary>
    public static readonly IReadOnlyList<ScalarType> All = [String, Int, Float, Boolean, ID];

    /// <summary>The built-in scalar with this name, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
