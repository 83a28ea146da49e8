using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.Domain.Staff;

namespace Platform.Api.Recordings.Access;

/// <summary>Who is asking for a recording, as the validated token says: tenant, subject, kind of actor and staff roles.</summary>
public sealed record RecordingCaller(Guid? TenantId, string Subject, ActorKind ActorKind, IReadOnlySet<StaffRole> StaffRoles)
{
    /// <summary>Reads the caller of an operation; customers and service clients are never staff, whatever roles they carry.</summary>
    public static RecordingCaller From(OperationCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var actor = caller.Has(Role.Customer) ? ActorKind.Customer
            : caller.IsServiceClient ? ActorKind.ServiceClient
            : ActorKind.Staff;
        // Role and StaffRole share member names for every tenant staff role.
        var staffRoles = caller.Roles
            .Where(role => role is not (Role.Customer or Role.PlatformAdmin))
            .Select(role => Enum.Parse<StaffRole>(role.ToString()))
            .ToHashSet();
        return new RecordingCaller(caller.TenantId, caller.Subject, actor, staffRoles);
    }
}
