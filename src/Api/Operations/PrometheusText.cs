using System.Globalization;
using System.Text;

namespace Platform.Api.Operations;

/// <summary>Writes collected series in the Prometheus text exposition format, version 0.0.4.</summary>
public static class PrometheusText
{
    /// <summary>The media type scrapers expect.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Renders every series: <c># HELP</c>, <c># TYPE</c>, then one line per sample.</summary>
    public static string Write(IEnumerable<InstrumentSeries> instruments)
    {
        var text = new StringBuilder();
        foreach (var instrument in instruments)
        {
            var name = MetricName(instrument);
            var series = instrument.Series.ToList();
            if (series.Count == 0)
            {
                continue;
            }

            text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(instrument.Instrument.Description ?? instrument.Instrument.Name)).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(instrument.Kind switch
            {
                InstrumentKind.Counter => "counter",
                InstrumentKind.Histogram => "histogram",
                _ => "gauge",
            }).Append('\n');
            foreach (var (labels, value) in series)
            {
                var (number, count, buckets) = value.Read();
                if (instrument.Kind != InstrumentKind.Histogram)
                {
                    Sample(text, name, labels, null, number);
                    continue;
                }

                for (var i = 0; i < buckets.Length; i++)
                {
                    Sample(text, name + "_bucket", labels, "le=\"" + Number(MetricsCollector.BucketBounds[i]) + "\"", buckets[i]);
                }

                Sample(text, name + "_bucket", labels, "le=\"+Inf\"", count);
                Sample(text, name + "_sum", labels, null, number);
                Sample(text, name + "_count", labels, null, count);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The Prometheus name of an instrument: dots and other characters become underscores, the unit <c>s</c> adds
    /// <c>_seconds</c> (<c>By</c> adds <c>_bytes</c>; annotations such as <c>{request}</c> add nothing), counters end in <c>_total</c>.
    /// </summary>
    public static string MetricName(InstrumentSeries series)
    {
        var name = Name(series.Instrument.Name);
        var unit = series.Instrument.Unit switch
        {
            "s" => "_seconds",
            "ms" => "_milliseconds",
            "By" => "_bytes",
            _ => "",
        };
        if (unit.Length > 0 && !name.EndsWith(unit, StringComparison.Ordinal))
        {
            name += unit;
        }

        return series.Kind == InstrumentKind.Counter && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
    }

    /// <summary>A valid metric or label name: <c>[a-zA-Z_][a-zA-Z0-9_]*</c>.</summary>
    public static string Name(string raw)
    {
        var name = new StringBuilder(raw.Length + 1);
        foreach (var c in raw)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    /// <summary>Escapes a label value: backslash, double quote and line feed.</summary>
    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeHelp(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static void Sample(StringBuilder text, string name, string labels, string? extra, double value)
    {
        text.Append(name);
        if (labels.Length > 0 || extra is not null)
        {
            text.Append('{').Append(labels);
            if (extra is not null)
            {
                text.Append(labels.Length > 0 ? "," : "").Append(extra);
            }

            text.Append('}');
        }

        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
