using Platform.Api.Administration.Identity;
using Platform.Api.Administration.Staff;
using Platform.Api.Callers;

namespace Platform.Api.Administration.Clients;

/// <summary>Service clients of the caller's tenant, kept by the token service; secrets are shown once.</summary>
public sealed class ServiceClientAdministration(IdentityAdministrationClient identity)
{
    /// <summary>Creates an enabled client with a fixed role set and returns its secret once.</summary>
    public async Task<(IdentityServiceClientWithSecret? Created, AdministrationError? Error)> CreateAsync(string token, string? clientId, string? displayName, IReadOnlyList<Role> roles, CancellationToken ct)
    {
        if (AssignableRole.Check(roles) is { } roleError)
        {
            return (null, roleError);
        }

        var outcome = await identity.CreateClientAsync(token, clientId ?? "", displayName, roles.Distinct().Select(AssignableRole.ToClaim).ToList(), ct);
        return outcome.Value is { } created ? (created, null) : (null, FromIdentity(outcome.Refusal!));
    }

    /// <summary>Replaces the secret; the previous one stops working at once.</summary>
    public async Task<(IdentityServiceClientWithSecret? Rotated, AdministrationError? Error)> RotateSecretAsync(string token, string? clientId, CancellationToken ct)
    {
        var outcome = await identity.RotateSecretAsync(token, clientId ?? "", ct);
        return outcome.Value is { } rotated ? (rotated, null) : (null, FromIdentity(outcome.Refusal!));
    }

    /// <summary>Disables the client: the token endpoint refuses it from now on.</summary>
    public async Task<(IdentityServiceClient? Client, AdministrationError? Error)> DisableAsync(string token, string? clientId, CancellationToken ct)
    {
        var outcome = await identity.DisableClientAsync(token, clientId ?? "", ct);
        return outcome.Value is { } client ? (client, null) : (null, FromIdentity(outcome.Refusal!));
    }

    /// <summary>The tenant's service clients.</summary>
    public async Task<IReadOnlyList<IdentityServiceClient>> ListAsync(string token, CancellationToken ct) =>
        (await identity.ClientsAsync(token, ct)).Value ?? [];

    private static AdministrationError FromIdentity(IdentityRefusal refusal) => refusal.Code switch
    {
        "DUPLICATE_CLIENT_ID" => AdministrationError.DuplicateClientId(refusal.Message),
        "UNKNOWN_ROLE" or "NO_ROLES" => AdministrationError.UnknownRole(refusal.Message),
        "INVALID_CLIENT_ID" => AdministrationError.Invalid("clientId", refusal.Message),
        "NOT_FOUND" => AdministrationError.ServiceClientNotFound(),
        _ => AdministrationError.Invalid("input", refusal.Message),
    };
}
