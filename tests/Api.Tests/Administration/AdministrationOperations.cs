namespace Platform.Api.Tests.Administration;

/// <summary>The GraphQL documents the administration tests send.</summary>
internal static class AdministrationOperations
{
    private const string Errors = "errors { __typename ... on UserError { code message } }";
    private const string TenantFields = "id slug name status timeZone callingWindows { workingDays { start end } otherDays { start end } } holidays { date name } makeUpWorkingDays { date name } suspendedAt";
    private const string UserFields = "id accountId userName displayName employeeNumber roles team { id name }";

    public const string CreateTenant = $"mutation($input: CreateTenantInput!) {{ createTenant(input: $input) {{ tenant {{ {TenantFields} }} {Errors} }} }}";
    public const string CreateTenantAdmin = $"mutation($input: CreateTenantAdminInput!) {{ createTenantAdmin(input: $input) {{ user {{ id accountId roles }} initialPassword {Errors} }} }}";
    public const string ConfigureTenant = $"mutation($input: ConfigureTenantInput!) {{ configureTenant(input: $input) {{ tenant {{ {TenantFields} }} {Errors} }} }}";
    public const string SuspendTenant = $"mutation($input: SuspendTenantInput!) {{ suspendTenant(input: $input) {{ tenant {{ id status suspendedAt }} {Errors} }} }}";
    public const string ReactivateTenant = $"mutation($input: ReactivateTenantInput!) {{ reactivateTenant(input: $input) {{ tenant {{ id status suspendedAt }} {Errors} }} }}";
    public const string Tenants = $"query($first: Int, $after: String, $filter: TenantFilter) {{ tenants(first: $first, after: $after, filter: $filter) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {TenantFields} }} }} }}";
    public const string MyTenant = $"{{ myTenant {{ {TenantFields} }} }}";

    public const string CreateUser = $"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ user {{ {UserFields} }} initialPassword {Errors} }} }}";
    public const string AssignRoles = $"mutation($input: AssignRolesInput!) {{ assignRoles(input: $input) {{ user {{ {UserFields} }} {Errors} }} }}";
    public const string RevokeRoles = $"mutation($input: RevokeRolesInput!) {{ revokeRoles(input: $input) {{ user {{ {UserFields} }} {Errors} }} }}";
    public const string Users = $"query($first: Int, $after: String, $filter: UserFilter) {{ users(first: $first, after: $after, filter: $filter) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {UserFields} }} }} }}";

    public const string CreateTeam = $"mutation($input: CreateTeamInput!) {{ createTeam(input: $input) {{ team {{ id name supervisor {{ id userName }} }} {Errors} }} }}";
    public const string AddTeamMember = $"mutation($input: AddTeamMemberInput!) {{ addTeamMember(input: $input) {{ team {{ id name members {{ totalCount nodes {{ id userName }} }} }} {Errors} }} }}";
    public const string Teams = "{ teams { totalCount nodes { id name supervisor { id } members { nodes { id } } } } }";

    public const string CreateServiceClient = $"mutation($input: CreateServiceClientInput!) {{ createServiceClient(input: $input) {{ serviceClient {{ clientId displayName roles enabled }} secret {Errors} }} }}";
    public const string RotateSecret = $"mutation($input: RotateServiceClientSecretInput!) {{ rotateServiceClientSecret(input: $input) {{ serviceClient {{ clientId enabled }} secret {Errors} }} }}";
    public const string DisableServiceClient = $"mutation($input: DisableServiceClientInput!) {{ disableServiceClient(input: $input) {{ serviceClient {{ clientId enabled }} {Errors} }} }}";
    public const string ServiceClients = "{ serviceClients(first: 100) { nodes { clientId roles enabled } } }";
}
