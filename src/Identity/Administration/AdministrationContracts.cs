namespace Platform.Identity.Administration;

/// <summary>Body of a refused administrative request.</summary>
public sealed record AdministrationError(string Code, string Message);

/// <summary>Asks for a new sign-in account. The tenant is the caller's own unless a platform admin names one.</summary>
public sealed record CreateUserAccountRequest(string UserName, string? DisplayName, IReadOnlyList<string> Roles, Guid? TenantId, Guid? StaffMemberId);

/// <summary>A created account and its one-time initial password (only its hash is stored).</summary>
public sealed record CreatedUserAccount(UserAccountView User, string InitialPassword);

/// <summary>An account as administrators see it; never the password hash.</summary>
public sealed record UserAccountView(Guid Id, string UserName, string? DisplayName, Guid? TenantId, IReadOnlyList<string> Roles, Guid? StaffMemberId, DateTimeOffset CreatedAt);

/// <summary>Roles to add to or remove from an account.</summary>
public sealed record RoleChangeRequest(IReadOnlyList<string> Roles);

/// <summary>Asks for a new client_credentials service client of the caller's tenant.</summary>
public sealed record CreateServiceClientRequest(string ClientId, string? DisplayName, IReadOnlyList<string> Roles);

/// <summary>A service client as administrators see it; never the secret hash.</summary>
public sealed record ServiceClientView(string ClientId, string? DisplayName, Guid? TenantId, IReadOnlyList<string> Roles, bool Enabled, DateTimeOffset CreatedAt);

/// <summary>A service client with its secret, returned once at creation or rotation.</summary>
public sealed record ServiceClientWithSecret(ServiceClientView Client, string Secret);

/// <summary>A position in a service-client list: the row's creation time and client id (the tie-breaker).</summary>
public sealed record ServiceClientPosition(DateTimeOffset CreatedAt, string ClientId);

/// <summary>
/// One keyset page of a tenant's service clients, as the insurer API asks for it: read in <see cref="Descending"/>
/// direction of creation time (or client id), strictly after <see cref="From"/> and before <see cref="To"/> in that
/// direction, at most <see cref="Limit"/> rows, filtered.
/// </summary>
public sealed record ServiceClientListQuery(
    bool ByClientId, bool Descending, ServiceClientPosition? From, ServiceClientPosition? To, int Limit,
    bool? Enabled, string? Role, string? ClientIdPrefix);

/// <summary>How many service clients match a filter.</summary>
public sealed record ServiceClientCount(int Count);
