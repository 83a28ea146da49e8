using Platform.GraphQL.Types;

namespace Platform.Api.Errors;

/// <summary>
/// A business-rule refusal returned in a mutation payload's <c>errors</c> (schema interface <c>UserError</c>).
/// <paramref name="TypeName"/> is the GraphQL object type implementing UserError (e.g. <c>PolicyNumberTakenError</c>);
/// extra fields of that type are read from <paramref name="Details"/> by name, or from a subclass's properties.
/// </summary>
public record UserError(string TypeName, string Code, string Message, IReadOnlyDictionary<string, object?>? Details = null);

/// <summary>Schema bindings for the UserError convention.</summary>
public static class UserErrors
{
    /// <summary>The GraphQL type of a payload error value (for <c>UserError</c> and every <c>XError</c> union).</summary>
    public static string? TypeOf(object value) => (value as UserError)?.TypeName;

    /// <summary>
    /// Binds a payload error union (and its member types' <c>code</c>/<c>message</c> plus any <c>Details</c> fields):
    /// <c>b.BindErrorUnion("CreateCustomerError")</c>.
    /// </summary>
    public static SchemaBuilder BindErrorUnion(this SchemaBuilder builder, string unionName) =>
        builder.ResolveType(unionName, TypeOf);

    /// <summary>Binds an error object type's fields: code, message, and the rest from <see cref="UserError.Details"/>.</summary>
    public static SchemaBuilder BindErrorType(this SchemaBuilder builder, string typeName, params string[] detailFields)
    {
        builder.BindType(typeName, field => field.Name switch
        {
            "code" => c => ValueTask.FromResult<object?>(((UserError)c.Source!).Code),
            "message" => c => ValueTask.FromResult<object?>(((UserError)c.Source!).Message),
            var name when detailFields.Contains(name) => c => ValueTask.FromResult(((UserError)c.Source!).Details?.GetValueOrDefault(name)),
            _ => null,
        });
        return builder;
    }
}
