using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Platform.Api.Operations;

/// <summary>
/// Aggregates measurements of this host's <c>Platform.*</c> meters in memory with a <see cref="MeterListener"/>:
/// sums for counters, last values for gauges, bucket counts for histograms. <see cref="Snapshot"/> feeds the
/// Prometheus exposition; nothing is ever reset (Prometheus computes rates itself).
/// </summary>
public sealed class MetricsCollector : IDisposable
{
    /// <summary>Upper bounds of histogram buckets, chosen for durations in seconds (5 ms to 10 s).</summary>
    public static readonly double[] BucketBounds = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> _instruments = new();

    /// <summary>Starts listening to meters created by <paramref name="meters"/> (this host) and to unscoped <c>Platform.*</c> meters.</summary>
    public MetricsCollector(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            var ours = ReferenceEquals(instrument.Meter.Scope, meters) || instrument.Meter.Scope is null;
            if (ours && instrument.Meter.Name.StartsWith("Platform.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, i => new InstrumentSeries(i)));
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentSeries? _);
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Collects observable instruments, then returns every instrument's current series.</summary>
    public IReadOnlyList<InstrumentSeries> Snapshot()
    {
        _listener.RecordObservableInstruments();
        return [.. _instruments.Values.OrderBy(s => s.Instrument.Name, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public void Dispose() => _listener.Dispose();
}
