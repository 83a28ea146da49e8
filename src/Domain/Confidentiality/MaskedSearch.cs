using Platform.Domain.Staff;

namespace Platform.Domain.Confidentiality;

/// <summary>
/// R-PII-02 applied to search: a viewer who sees a personal value masked may search by no more of its end than the mask
/// shows (the last 4 characters of an ID number or phone), because answering whether one more hidden character matches,
/// again and again, would give away the whole value. Viewers who see every value they can search in full (compliance;
/// a customer, whose search covers only their own records, R-PII-03) may search by any suffix.
/// </summary>
public static class MaskedSearch
{
    /// <summary>How many trailing characters of a value of this kind the mask shows (R-PII-02); 0 when none.</summary>
    public static int VisibleSuffixLength(PiiKind kind) => kind switch
    {
        PiiKind.IdNumber or PiiKind.Phone => 4,
        _ => 0,
    };

    /// <summary>Whether the viewer may filter values of this kind by the suffix.</summary>
    public static bool AllowsSuffix(DataViewer viewer, PiiKind kind, string suffix)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(suffix);
        return SeesEverySearchedValueInFull(viewer) || suffix.Length <= VisibleSuffixLength(kind);
    }

    // Per-customer grants (a handler's complaint customers, an agent's verified caller) do not cover a search over
    // every customer, so only compliance and a customer among their own records qualify.
    private static bool SeesEverySearchedValueInFull(DataViewer viewer) =>
        viewer.CustomerId is not null || viewer.Roles.Contains(StaffRole.ComplianceOfficer);
}
