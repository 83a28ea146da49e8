namespace Platform.Identity.Auditing;

/// <summary>Receives every audit event; several sinks may be registered (log, database, tests).</summary>
public interface IAuditSink
{
    /// <summary>Records one event; must not throw for ordinary failures.</summary>
    void Record(AuditEvent auditEvent);
}
