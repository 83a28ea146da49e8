namespace Platform.Identity.Auditing;

/// <summary>Writes audit events as structured log entries under the category <c>Platform.Identity.Audit</c>.</summary>
public sealed partial class LoggingAuditSink(ILoggerFactory loggerFactory) : IAuditSink
{
    /// <summary>The logger category of audit entries, so log pipelines can route them apart.</summary>
    public const string Category = "Platform.Identity.Audit";
    private readonly ILogger _logger = loggerFactory.CreateLogger(Category);

    public void Record(AuditEvent auditEvent) =>
        LogAudit(_logger, auditEvent.Name, auditEvent.TenantId, auditEvent.ClientId, auditEvent.Subject, auditEvent.Detail);

    [LoggerMessage(EventId = 9000, Level = LogLevel.Information,
        Message = "Audit {AuditEvent} tenant={TenantId} client={ClientId} subject={Subject} detail={Detail}")]
    private static partial void LogAudit(ILogger logger, string auditEvent, Guid? tenantId, string? clientId, string? subject, string? detail);
}
