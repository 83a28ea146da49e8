using Platform.Domain.Recordings;
using Platform.Domain.Staff;

namespace Platform.Api.Recordings.Access;

/// <summary>
/// R-REC-05: playing and downloading are separate rights. Every role that may reach content by tier may play it;
/// only compliance may download (a copy leaves the platform, e.g. for a regulator or a court).
/// </summary>
public static class RecordingRights
{
    private static readonly StaffRole[] PlayRoles =
        [StaffRole.Agent, StaffRole.Supervisor, StaffRole.QualityInspector, StaffRole.ComplaintHandler, StaffRole.ComplianceOfficer];

    private static readonly StaffRole[] DownloadRoles = [StaffRole.ComplianceOfficer];

    /// <summary>The rights the roles carry.</summary>
    public static IReadOnlySet<RecordingAccessKind> For(IReadOnlySet<StaffRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var rights = new HashSet<RecordingAccessKind>();
        if (PlayRoles.Any(roles.Contains))
        {
            rights.Add(RecordingAccessKind.Play);
        }

        if (DownloadRoles.Any(roles.Contains))
        {
            rights.Add(RecordingAccessKind.Download);
        }

        return rights;
    }
}
