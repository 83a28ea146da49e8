namespace Platform.Domain.Confidentiality;

/// <summary>
/// R-PII-04: one entry of the append-only access log, written for every read of a full sensitive value: who, when,
/// which record, which field, and why. This is the record's shape; storing it is the persistence layer's job.
/// </summary>
public sealed record PiiAccessLogEntry
{
    private PiiAccessLogEntry(
        Guid tenantId, Guid actorId, DateTimeOffset at, string recordType, Guid recordId, PiiKind field, ClearanceBasis basis, string? purpose)
    {
        TenantId = tenantId;
        ActorId = actorId;
        At = at;
        RecordType = recordType;
        RecordId = recordId;
        Field = field;
        Basis = basis;
        Purpose = purpose;
    }

    /// <summary>The tenant owning the record.</summary>
    public Guid TenantId { get; }

    /// <summary>Who read the value (staff member or customer).</summary>
    public Guid ActorId { get; }

    /// <summary>When it was read.</summary>
    public DateTimeOffset At { get; }

    /// <summary>What kind of record was read, e.g. "Customer".</summary>
    public string RecordType { get; }

    /// <summary>Which record was read.</summary>
    public Guid RecordId { get; }

    /// <summary>Which field was read.</summary>
    public PiiKind Field { get; }

    /// <summary>Why the reader was cleared (the grant that applied).</summary>
    public ClearanceBasis Basis { get; }

    /// <summary>An optional stated purpose, e.g. the interaction or complaint it served.</summary>
    public string? Purpose { get; }

    /// <summary>Builds the entry for a full read that the decision allowed.</summary>
    /// <exception cref="ArgumentException">The decision was not a full read, or an identifier is missing.</exception>
    public static PiiAccessLogEntry ForFullRead(
        Guid tenantId, Guid actorId, DateTimeOffset at, string recordType, Guid recordId, PiiKind field, ClearanceDecision decision, string? purpose = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Level != ClearanceLevel.Full)
        {
            throw new ArgumentException("Only a full read is logged; this viewer was not cleared for full values.", nameof(decision));
        }

        if (tenantId == Guid.Empty || actorId == Guid.Empty || recordId == Guid.Empty)
        {
            throw new ArgumentException("An access-log entry needs the tenant, the reader and the record.");
        }

        if (string.IsNullOrWhiteSpace(recordType))
        {
            throw new ArgumentException("An access-log entry needs the record type.", nameof(recordType));
        }

        return new PiiAccessLogEntry(tenantId, actorId, at, recordType.Trim(), recordId, field, decision.Basis, string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim());
    }
}
