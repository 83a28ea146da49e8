namespace Platform.Domain.Entities;

/// <summary>A staff member's psychological assessment result (R-TRN-01, R-AGT-01).</summary>
public sealed class PsychologicalAssessment : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid StaffMemberId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public bool Passed { get; set; }
    public decimal? Score { get; set; }
    public string? Assessor { get; set; }
    public string? Notes { get; set; }
}
