using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace Platform.Api.Operations;

/// <summary>The aggregated series of one instrument, keyed by their label set.</summary>
public sealed class InstrumentSeries(Instrument instrument)
{
    private readonly ConcurrentDictionary<string, SeriesValue> _series = new(StringComparer.Ordinal);

    /// <summary>The instrument measured.</summary>
    public Instrument Instrument { get; } = instrument;

    /// <summary>What the values mean for the exposition.</summary>
    public InstrumentKind Kind { get; } = instrument switch
    {
        Histogram<long> or Histogram<double> or Histogram<int> or Histogram<float> => InstrumentKind.Histogram,
        Counter<long> or Counter<double> or Counter<int> or Counter<float> => InstrumentKind.Counter,
        ObservableCounter<long> or ObservableCounter<double> or ObservableCounter<int> or ObservableCounter<float> => InstrumentKind.Counter,
        _ => InstrumentKind.Gauge,
    };

    /// <summary>The series, by their rendered label set (<c>a="1",b="2"</c>, sorted by name).</summary>
    public IEnumerable<KeyValuePair<string, SeriesValue>> Series => _series.OrderBy(p => p.Key, StringComparer.Ordinal);

    internal void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = _series.GetOrAdd(Labels(tags), _ => new SeriesValue(Kind == InstrumentKind.Histogram));
        if (Kind == InstrumentKind.Histogram)
        {
            series.Observe(value);
        }
        else if (Instrument.IsObservable)
        {
            // Observable instruments report the current value (a gauge) or running total (a counter) at each collection.
            series.Set(value);
        }
        else
        {
            series.Add(value);
        }
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var sorted = tags.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var text = new StringBuilder();
        foreach (var (key, value) in sorted)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(PrometheusText.Name(key)).Append("=\"").Append(PrometheusText.EscapeLabelValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")).Append('"');
        }

        return text.ToString();
    }
}
