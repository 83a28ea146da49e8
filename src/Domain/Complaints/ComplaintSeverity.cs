namespace Platform.Domain.Complaints;

/// <summary>Severity of a complaint; MAJOR takes the green channel (R-CMP-03).</summary>
public enum ComplaintSeverity
{
    General,
    Major,
}
