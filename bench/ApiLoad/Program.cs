using System.Globalization;
using System.Text.Json;
using Platform.Domain.Seeding;

namespace Platform.ApiLoad;

/// <summary>
/// Load benchmark of a front-end's GraphQL workload (see RESULTS.md): phase 1 sends the policy page open-loop at each given
/// constant rate, phase 2 the mixed workload open-loop at a constant rate, phase 3 the mixed workload closed-loop with N workers.
/// Usage: <c>bench/ApiLoad/run.sh [--scale 1000] [--rate 100,200,300 (one rate or a list)] [--duration 30] [--warmup 30] [--mixed-rate 30]
/// [--mixed-duration 30] [--workers 8] [--closed-duration 30] [--timeout 10] [--phases policy,mixed,closed]</c>.
/// Reads the demo credentials from <c>DEMO_CREDENTIALS</c> (default <c>.data/demo-credentials.json</c>).
/// </summary>
public static class Program
{
    // A front-end's share of each request kind: most page views are policy pages reached from a search.
    private static readonly (QueryKind Kind, int Weight)[] Mix =
    [
        (QueryKind.PolicyPage, 40),
        (QueryKind.CustomerByName, 20),
        (QueryKind.CustomerByPhone, 10),
        (QueryKind.ComplaintList, 15),
        (QueryKind.SurveyAggregates, 15),
    ];

    // A warm-up starts at no more than 50 req/s, which a cold API on this machine serves without building a queue.
    private static double WarmupStart(double rate) => Math.Min(rate, 50);

    /// <summary>Runs the phases and prints their figures; exit code 1 when any request failed.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        var credentialsPath = Environment.GetEnvironmentVariable("DEMO_CREDENTIALS") ?? ".data/demo-credentials.json";
        if (!File.Exists(credentialsPath))
        {
            Console.Error.WriteLine($"{credentialsPath} not found: start the services with bench/ApiLoad/run.sh (or set DEMO_CREDENTIALS).");
            return 2;
        }

        using var credentials = JsonDocument.Parse(await File.ReadAllTextAsync(credentialsPath));
        var root = credentials.RootElement;
        var identityUrl = root.GetProperty("identityUrl").GetString()!;
        var apiUrl = root.GetProperty("apiUrl").GetString()!;
        // One pool without a connection cap: an open-loop client must never queue requests behind its own limits.
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        { Timeout = Timeout.InfiniteTimeSpan };

        var tenants = new List<TenantInputs>();
        foreach (var tenant in root.GetProperty("tenants").EnumerateArray())
        {
            var slug = tenant.GetProperty("slug").GetString()!;
            var demo = DemoTenants.All.FirstOrDefault(t => t.Slug == slug);
            if (demo is null)
            {
                continue;
            }

            var (policies, prefixes, phones) = Workload.SeedInputs(demo, options.Scale, options.Samples, tenants.Count + 1);
            tenants.Add(new TenantInputs(slug, Client(http, identityUrl, tenant, "AGENT"), Client(http, identityUrl, tenant, "COMPLAINT_HANDLER"),
                Client(http, identityUrl, tenant, "SUPERVISOR"), policies, prefixes, phones));
        }

        Console.WriteLine($"API {apiUrl}, tenants {string.Join(", ", tenants.Select(t => t.Slug))}, seed scale {options.Scale}, " +
            $"{options.Samples} sampled policies per tenant, {tenants.Sum(t => t.NamePrefixes.Length)} name prefixes, {tenants.Sum(t => t.PhoneSuffixes.Length)} phone suffixes");
        var workload = new Workload(http, apiUrl, tenants);
        var runner = new LoadRunner(workload, TimeSpan.FromSeconds(options.TimeoutSeconds));
        var results = new List<PhaseResult>();
        var mixed = MixPicker();

        if (options.Phases.Contains("policy"))
        {
            Console.WriteLine($"phase 1: policy page, warm-up {options.WarmupSeconds} s rising from {WarmupStart(options.Rates[0])} to {options.Rates[0]} req/s, then {string.Join(", ", options.Rates)} req/s for {options.DurationSeconds} s each (open loop)");
            await runner.RampAsync("warm-up", WarmupStart(options.Rates[0]), options.Rates[0], TimeSpan.FromSeconds(options.WarmupSeconds), () => QueryKind.PolicyPage);
            foreach (var rate in options.Rates)
            {
                await runner.DrainAsync();
                results.Add(await runner.OpenLoopAsync($"policy page open loop {rate} req/s", rate,
                    TimeSpan.FromSeconds(options.DurationSeconds), () => QueryKind.PolicyPage));
                Report.Print(results[^1]);
            }
        }

        if (options.Phases.Contains("mixed"))
        {
            Console.WriteLine($"phase 2: mixed workload, warm-up {options.WarmupSeconds} s rising from {WarmupStart(options.MixedRate)} to {options.MixedRate} req/s, then {options.MixedRate} req/s for {options.MixedDurationSeconds} s (open loop)");
            await runner.DrainAsync();
            await runner.RampAsync("warm-up", WarmupStart(options.MixedRate), options.MixedRate, TimeSpan.FromSeconds(options.WarmupSeconds), mixed);
            results.Add(await runner.OpenLoopAsync($"mixed open loop {options.MixedRate} req/s", options.MixedRate,
                TimeSpan.FromSeconds(options.MixedDurationSeconds), mixed));
            Report.Print(results[^1]);
        }

        if (options.Phases.Contains("closed"))
        {
            Console.WriteLine($"phase 3: mixed workload, {options.Workers} workers back to back for {options.ClosedDurationSeconds} s (closed loop)");
            await runner.DrainAsync();
            results.Add(await runner.ClosedLoopAsync($"mixed closed loop, {options.Workers} workers", options.Workers,
                TimeSpan.FromSeconds(options.ClosedDurationSeconds), mixed));
            Report.Print(results[^1]);
        }

        Console.WriteLine($"tokens fetched: {string.Join(", ", tenants.SelectMany(t => new[] { t.Agent, t.ComplaintHandler, t.Supervisor }).Select(s => $"{s.ClientId} {s.Fetched}"))}");
        Console.WriteLine();
        Report.PrintMarkdown(results);
        return results.All(r => r.Samples.All(s => s.Outcome.Success) && r.Samples.Count == r.Scheduled) ? 0 : 1;
    }

    private static TokenSource Client(HttpClient http, string identityUrl, JsonElement tenant, string role)
    {
        var client = tenant.GetProperty("clients").EnumerateArray()
            .First(c => c.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).SequenceEqual([role]));
        return new TokenSource(http, identityUrl, client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);
    }

    private static Func<QueryKind> MixPicker()
    {
        var total = Mix.Sum(m => m.Weight);
        return () =>
        {
            var draw = Random.Shared.Next(total);
            foreach (var (kind, weight) in Mix)
            {
                if ((draw -= weight) < 0)
                {
                    return kind;
                }
            }

            return Mix[^1].Kind;
        };
    }

    /// <summary>The command line: <c>--name value</c> pairs with the defaults of the documented run.</summary>
    private sealed record Options(
        int Scale, double[] Rates, int DurationSeconds, int WarmupSeconds, double MixedRate, int MixedDurationSeconds, int Workers,
        int ClosedDurationSeconds, int TimeoutSeconds, int Samples, string[] Phases)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"expected --name value, got {args[i]}");
                }

                values[args[i][2..]] = args[i + 1];
            }

            if (args.Length % 2 != 0)
            {
                throw new ArgumentException($"{args[^1]} has no value");
            }

            double Number(string name, double fallback) =>
                values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
            int Integer(string name, int fallback) => (int)Number(name, fallback);
            return new Options(
                Integer("scale", 1000),
                (values.GetValueOrDefault("rate") ?? "100,200,300").Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToArray(), Integer("duration", 30), Integer("warmup", 30), Number("mixed-rate", 30),
                Integer("mixed-duration", 30), Integer("workers", 8), Integer("closed-duration", 30), Integer("timeout", 10),
                Integer("samples", 5000), (values.GetValueOrDefault("phases") ?? "policy,mixed,closed").Split(','));
        }
    }
}
