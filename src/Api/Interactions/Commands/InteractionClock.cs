namespace Platform.Api.Interactions.Commands;

/// <summary>
/// The clock the interaction commands read (calling windows, answer and wrap-up timeliness). It is separate from the
/// host's <see cref="TimeProvider"/> so tests can move it without touching token validation or tenant-status caching.
/// </summary>
public sealed class InteractionClock(TimeProvider time)
{
    /// <summary>The real clock; used when the host registers none.</summary>
    public static InteractionClock System { get; } = new(TimeProvider.System);

    /// <summary>The current instant.</summary>
    public DateTimeOffset Now => time.GetUtcNow();
}
