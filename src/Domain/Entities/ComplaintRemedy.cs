namespace Platform.Domain.Entities;

/// <summary>The main measure recorded when a complaint is resolved (R-CMP-04).</summary>
public enum ComplaintRemedy
{
    ReService,
    Compensation,
    Training,
    ProcessChange,
    Explanation,
}
