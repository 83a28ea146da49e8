using System.Globalization;
using System.Text;

namespace Platform.ApiLoad;

/// <summary>Prints a phase's throughput, latency percentiles and errors, per request kind and overall.</summary>
public static class Report
{
    /// <summary>Prints one phase as plain lines, with the reasons of any failures.</summary>
    public static void Print(PhaseResult result)
    {
        Console.WriteLine($"  {result.Name}: {result.Samples.Count} of {result.Scheduled} requests finished in {result.Elapsed.TotalSeconds:F1} s");
        foreach (var row in Rows(result))
        {
            Console.WriteLine("  " + row.Text(markdown: false));
        }

        foreach (var group in result.Samples.Where(s => !s.Outcome.Success).GroupBy(s => (s.Kind, s.Outcome.Error)).OrderByDescending(g => g.Count()).Take(10))
        {
            Console.WriteLine($"    error {group.Key.Kind}: {group.Key.Error} x{group.Count()}");
        }
    }

    /// <summary>Prints every phase as one Markdown table, ready for RESULTS.md.</summary>
    public static void PrintMarkdown(IEnumerable<PhaseResult> results)
    {
        Console.WriteLine("| phase | query | requests | ok req/s | p50 ms | p90 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            foreach (var row in Rows(result))
            {
                Console.WriteLine($"| {result.Name} " + row.Text(markdown: true));
            }
        }
    }

    private static IEnumerable<Row> Rows(PhaseResult result)
    {
        var kinds = result.Samples.Select(s => s.Kind).Distinct().Order().ToArray();
        foreach (var kind in kinds)
        {
            yield return Row.Of(kind.ToString(), result.Samples.Where(s => s.Kind == kind).ToArray(), result.Elapsed);
        }

        if (kinds.Length > 1)
        {
            yield return Row.Of("all", result.Samples.ToArray(), result.Elapsed);
        }
    }

    /// <summary>Latency figures are of successful requests only; failures are counted, never mixed into them.</summary>
    private sealed record Row(string Name, int Requests, double OkPerSecond, double P50, double P90, double P99, double Max, int Errors)
    {
        public static Row Of(string name, Sample[] samples, TimeSpan elapsed)
        {
            var ok = samples.Where(s => s.Outcome.Success).Select(s => s.Milliseconds).Order().ToArray();
            return new Row(name, samples.Length, ok.Length / elapsed.TotalSeconds, Percentile(ok, 0.50), Percentile(ok, 0.90),
                Percentile(ok, 0.99), ok.LastOrDefault(), samples.Length - ok.Length);
        }

        public string Text(bool markdown)
        {
            var culture = CultureInfo.InvariantCulture;
            var text = new StringBuilder();
            if (markdown)
            {
                text.Append(culture, $"| {Name} | {Requests:N0} | {OkPerSecond:F1} | {P50:F1} | {P90:F1} | {P99:F1} | {Max:F1} | {Errors} |");
            }
            else
            {
                text.Append(culture, $"{Name,-17} requests {Requests,6}  ok/s {OkPerSecond,6:F1}  p50 {P50,7:F1}  p90 {P90,7:F1}  p99 {P99,7:F1}  max {Max,7:F1} ms  errors {Errors}");
            }

            return text.ToString();
        }

        private static double Percentile(double[] sorted, double p) =>
            sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
    }
}
