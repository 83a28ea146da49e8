namespace Platform.Identity.Auditing;

/// <summary>The single entry point for raising audit events; fans out to every registered sink.</summary>
public sealed class AuditTrail(IEnumerable<IAuditSink> sinks)
{
    private readonly IAuditSink[] _sinks = sinks.ToArray();

    /// <summary>Raises an event.</summary>
    public void Raise(string name, Guid? tenantId, string? clientId, string? subject = null, string? detail = null)
    {
        var auditEvent = new AuditEvent(name, tenantId, clientId, subject, detail);
        foreach (var sink in _sinks)
        {
            sink.Record(auditEvent);
        }
    }
}
