namespace Platform.Domain.Entities;

/// <summary>A staff member's completion of a course, with hours, score and result.</summary>
public sealed class TrainingRecord : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid CourseId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public decimal Hours { get; set; }
    public decimal? Score { get; set; }
    public bool Passed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
