using Platform.Api.Data;
using Platform.Domain.Confidentiality;

namespace Platform.Api.Confidentiality;

/// <summary>
/// The facts that grant a staff member clearance for customers (R-PII-03): complaints assigned to them as handler, and
/// the verified interaction with the customer they are in. The default reads both from the database; the interactions
/// area may replace it (register its own singleton before <c>AddConfidentiality</c>).
/// </summary>
public interface IClearanceFacts
{
    /// <summary>One <see cref="ClearanceContext"/> per customer (missing: none), read in one batch.</summary>
    Task<IReadOnlyDictionary<Guid, ClearanceContext>> ForAsync(
        OperationWork work, Guid staffId, bool handler, bool agent, IReadOnlyList<Guid> customerIds, DateTimeOffset now, CancellationToken ct);
}
