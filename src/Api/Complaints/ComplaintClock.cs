namespace Platform.Api.Complaints;

/// <summary>
/// The clock complaint commands and deadline views read; separate from the host's <see cref="TimeProvider"/> so tests
/// can move it without touching token validation.
/// </summary>
public sealed class ComplaintClock(TimeProvider time)
{
    /// <summary>The real clock; used when the host registers none.</summary>
    public static ComplaintClock System { get; } = new(TimeProvider.System);

    /// <summary>The current instant.</summary>
    public DateTimeOffset Now => time.GetUtcNow();
}
