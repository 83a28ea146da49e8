namespace Platform.Domain.Entities;

/// <summary>A public holiday or make-up working day in a tenant's working calendar.</summary>
public sealed class TenantCalendarDay : ITenantOwned
{
    public Guid TenantId { get; set; }
    public DateOnly Day { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = "";
}
