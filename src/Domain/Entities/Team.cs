namespace Platform.Domain.Entities;

/// <summary>A team of agents led by a supervisor.</summary>
public sealed class Team : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Guid? SupervisorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
