namespace Platform.Api.Operations;

/// <summary>How an instrument is exposed.</summary>
public enum InstrumentKind
{
    /// <summary>Monotonic total (<c>_total</c>).</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary>Bucketed distribution with sum and count.</summary>
    Histogram,
}
