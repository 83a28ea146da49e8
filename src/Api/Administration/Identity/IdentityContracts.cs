namespace Platform.Api.Administration.Identity;

// The JSON shapes of the token service's /admin endpoints (src/Identity/Administration/AdministrationContracts.cs);
// the API does not reference the token service's assembly, so the shapes are declared again here.

/// <summary>A sign-in account as the token service reports it.</summary>
public sealed record IdentityAccount(Guid Id, string UserName, string? DisplayName, Guid? TenantId, string[] Roles, Guid? StaffMemberId, DateTimeOffset CreatedAt);

/// <summary>A newly created account with its one-time initial password.</summary>
public sealed record IdentityCreatedAccount(IdentityAccount User, string InitialPassword);

/// <summary>A service client as the token service reports it.</summary>
public sealed record IdentityServiceClient(string ClientId, string? DisplayName, Guid? TenantId, string[] Roles, bool Enabled, DateTimeOffset CreatedAt);

/// <summary>How many service clients match a filter.</summary>
public sealed record IdentityServiceClientCount(int Count);

/// <summary>A service client with its secret (creation and rotation only).</summary>
public sealed record IdentityServiceClientWithSecret(IdentityServiceClient Client, string Secret);

/// <summary>A refusal of the token service: its code and a message safe to show.</summary>
public sealed record IdentityRefusal(string Code, string Message);

/// <summary>Either the value or the refusal of one call.</summary>
public sealed record IdentityOutcome<T>(T? Value, IdentityRefusal? Refusal)
    where T : class;
