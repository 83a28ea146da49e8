namespace Platform.Api.Tests.Interactions;

/// <summary>A clock the test sets: the interaction rules (calling windows, answer and wrap-up times) read it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset instant) => _now = instant;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>An instant given as Asia/Shanghai local time (the tenants' default zone, UTC+8 without DST).</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(8)).ToUniversalTime();
}
