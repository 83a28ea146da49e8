namespace Platform.Api.Complaints.Analytics;

/// <summary>How complaint analytics are grouped (R-CMP-06).</summary>
public enum ComplaintGrouping
{
    /// <summary>Only the total.</summary>
    None,

    /// <summary>By category.</summary>
    Category,

    /// <summary>By severity.</summary>
    Severity,

    /// <summary>By the channel of receipt.</summary>
    Channel,

    /// <summary>By period of receipt.</summary>
    Period,
}
