namespace Platform.Identity.Auditing;

/// <summary>A security-relevant event; carries tenant and client ids, never secrets.</summary>
public sealed record AuditEvent(string Name, Guid? TenantId, string? ClientId, string? Subject = null, string? Detail = null);
