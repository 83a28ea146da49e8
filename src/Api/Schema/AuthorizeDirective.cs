using System.Collections;
using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Schema;

/// <summary>
/// Enforces <c>@authorize(roles:)</c> on fields, on the object types that declare them, and on the object type a
/// field returns: an anonymous caller gets UNAUTHENTICATED, a caller without one of the roles FORBIDDEN, both as a
/// field error (null at the field's path). Root fields are non-null where they return tenant data, so a denied root
/// field nulls <c>data</c>: the operation is refused.
/// </summary>
public static class AuthorizeDirective
{
    /// <summary>The directive's name in the schema.</summary>
    public const string Name = "authorize";

    /// <summary>Error code for a caller without a valid token.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Error code for a caller lacking the required role.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The field middleware; fields without the directive anywhere run unwrapped.</summary>
    public static FieldResolver Apply(ObjectType parentType, FieldDefinition field, FieldResolver next)
    {
        var requirements = Requirements(parentType, field);
        if (requirements is null)
        {
            return next;
        }

        return context =>
        {
            var caller = context.Caller();
            if (!caller.IsAuthenticated)
            {
                throw new GraphQLException("A valid access token is required.", Unauthenticated);
            }

            foreach (var required in requirements)
            {
                if (required is not null && !caller.HasAny(required))
                {
                    throw new GraphQLException($"Field {parentType.Name}.{field.Name} requires one of the roles {string.Join(", ", required.Select(RoleName))}.", Forbidden);
                }
            }

            return next(context);
        };
    }

    /// <summary>
    /// The role sets a caller must satisfy for the field (each: one of; null entry: any authenticated caller), or null
    /// when nothing restricts it: the field's own directive, its type's, and the directive of the object type it returns.
    /// </summary>
    public static IReadOnlyList<Role[]?>? Requirements(ObjectType parentType, FieldDefinition field)
    {
        var returned = field.Type.GetNamedType() as ObjectType;
        var directives = new[] { field.FindDirective(Name), parentType.FindDirective(Name), returned?.FindDirective(Name) }
            .OfType<AppliedDirective>().ToArray();
        return directives.Length == 0 ? null : [.. directives.Select(RequiredRoles)];
    }

    /// <summary>True when a caller with these roles passes every requirement (null requirements: anyone authenticated).</summary>
    public static bool Allows(IReadOnlyList<Role[]?>? requirements, IReadOnlyCollection<Role> roles) =>
        requirements is null || requirements.All(r => r is null || r.Any(roles.Contains));

    /// <summary>True when the object type's own <c>@authorize</c> (if any) admits a caller with these roles.</summary>
    public static bool AllowsType(ObjectType type, IReadOnlyCollection<Role> roles) =>
        type.FindDirective(Name) is not { } directive || RequiredRoles(directive) is not { } required || required.Any(roles.Contains);

    /// <summary>The schema's spelling of a role (<c>COMPLAINT_HANDLER</c>).</summary>
    public static string RoleName(Role role) => string.Concat(role.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

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
