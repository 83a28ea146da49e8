using Platform.Domain.Training;

namespace Platform.Domain.Entities;

/// <summary>A training course offered by a tenant.</summary>
public sealed class TrainingCourse : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public CourseKind Kind { get; set; }
    public decimal Hours { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
