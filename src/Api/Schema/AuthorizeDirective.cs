using System.Collections;
using Platform.Api.Callers;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Schema;

/// <summary>
/// Enforces <c>@authorize(roles:)</c> on fields and on the object types that declare them: an anonymous caller gets
/// UNAUTHENTICATED, a caller without one of the roles FORBIDDEN, both as a field error (null at the field's path).
/// </summary>
public static class AuthorizeDirective
{
    /// <summary>The directive's name in the schema.</summary>
    public const string Name = "authorize";

    /// <summary>Error code for a caller without a valid token.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Error code for a caller lacking the required role.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The field middleware; fields without the directive run unwrapped.</summary>
    public static FieldResolver Apply(ObjectType parentType, FieldDefinition field, FieldResolver next)
    {
        var directives = new[] { field.FindDirective(Name), parentType.FindDirective(Name) }.OfType<AppliedDirective>().ToArray();
        if (directives.Length == 0)
        {
            return next;
        }

        // Every applied directive must be satisfied: a field's roles narrow those of its type.
        var requirements = directives.Select(RequiredRoles).ToArray();
        return context =>
        {
            var caller = context.CallerOf();
            if (caller.Identity?.IsAuthenticated != true)
            {
                throw new GraphQLException("A valid access token is required.", Unauthenticated);
            }

            var held = RoleNames.Of(caller);
            foreach (var required in requirements)
            {
                if (required is not null && !required.Any(held.Contains))
                {
                    throw new GraphQLException($"Field {parentType.Name}.{field.Name} requires one of the roles {string.Join(", ", required.Select(r => r.ToString()))}.", Forbidden);
                }
            }

            return next(context);
        };
    }

    private static Role[]? RequiredRoles(AppliedDirective directive)
    {
        if (directive.GetArgument("roles") is not IEnumerable values || values is string)
        {
            return null;
        }

        var roles = new List<Role>();
        foreach (var value in values)
        {
            if (value is Role role || RoleNames.TryParse(value?.ToString(), out role))
            {
                roles.Add(role);
            }
        }

        return [.. roles];
    }
}
