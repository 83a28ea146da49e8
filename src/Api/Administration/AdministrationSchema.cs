using Platform.Api.Administration.Clients;
using Platform.Api.Administration.Staff;
using Platform.Api.Administration.Tenants;
using Platform.Api.Errors;
using Platform.GraphQL.Types;

namespace Platform.Api.Administration;

/// <summary>Binds the SDL region <c>Administration</c>: tenants, users, teams, service clients and their errors.</summary>
internal static class AdministrationSchema
{
    private static readonly string[] ErrorUnions =
    [
        "CreateTenantError", "CreateTenantAdminError", "ConfigureTenantError", "ChangeTenantStatusError", "CreateUserError",
        "ChangeRolesError", "CreateTeamError", "AddTeamMemberError", "CreateServiceClientError", "ServiceClientChangeError",
    ];

    public static SchemaBuilder Bind(SchemaBuilder b)
    {
        TenantSchema.Bind(b);
        StaffSchema.Bind(b);
        ServiceClientSchema.Bind(b);
        foreach (var union in ErrorUnions)
        {
            b.BindErrorUnion(union);
        }

        foreach (var type in AdministrationError.TypeNames)
        {
            b.BindType(type, field => field.Name switch
            {
                "code" => c => ValueTask.FromResult<object?>(((AdministrationError)c.Source!).Code),
                "message" => c => ValueTask.FromResult<object?>(((AdministrationError)c.Source!).Message),
                "field" => c => ValueTask.FromResult<object?>(((AdministrationError)c.Source!).Field),
                _ => null,
            });
        }

        return b;
    }
}
