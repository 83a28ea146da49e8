using System.Collections.Concurrent;
using Platform.Identity.Auditing;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>Keeps every audit event raised by the server under test.</summary>
public sealed class RecordingAuditSink : IAuditSink
{
    private readonly ConcurrentQueue<AuditEvent> _events = new();

    public IReadOnlyList<AuditEvent> Events => _events.ToArray();

    public void Record(AuditEvent auditEvent) => _events.Enqueue(auditEvent);

    /// <summary>The events with this name.</summary>
    public IReadOnlyList<AuditEvent> Named(string name) => Events.Where(e => e.Name == name).ToList();
}
