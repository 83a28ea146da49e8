namespace Platform.Domain.Complaints;

/// <summary>A timed obligation of a complaint (R-CMP-02, R-CMP-07).</summary>
public enum ComplaintMilestone
{
    /// <summary>Acceptance, 24 hours from receipt.</summary>
    Accept,

    /// <summary>Initial investigation, 48 hours from receipt.</summary>
    InitialInvestigation,

    /// <summary>Resolution, 7 working days from receipt.</summary>
    Resolution,

    /// <summary>Written feedback, 2 working days from resolution.</summary>
    Feedback,

    /// <summary>Communicating the decision within the regulatory ceiling.</summary>
    RegulatoryCeiling,
}
