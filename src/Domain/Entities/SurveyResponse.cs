using Platform.Domain.Interactions;

namespace Platform.Domain.Entities;

/// <summary>A customer's satisfaction survey answer about one interaction, complaint or policy.</summary>
public sealed class SurveyResponse : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public Guid? InteractionId { get; set; }
    public Guid? ComplaintId { get; set; }
    public Guid? PolicyId { get; set; }
    public Guid? AgentId { get; set; }
    public InteractionChannel? Channel { get; set; }
    public short? AttitudeScore { get; set; }
    public short? EfficiencyScore { get; set; }
    public short? ProfessionalismScore { get; set; }
    public short? ContentScore { get; set; }
    public short? FollowUpScore { get; set; }
    public short OverallScore { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset RespondedAt { get; set; }
}
