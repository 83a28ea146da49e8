using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Wraps the resolver of one field of one object type. Called once per field and executor (not per call), so a
/// middleware can read the field's applied directives (e.g. <c>@authorize</c>) up front and return
/// <paramref name="next"/> untouched for fields it does not care about.
/// </summary>
public delegate FieldResolver FieldMiddleware(ObjectType parentType, FieldDefinition field, FieldResolver next);
