using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Platform.Domain.Seeding;

namespace Platform.ApiLoad;

/// <summary>The kinds of request a front-end sends, as the report names them.</summary>
public enum QueryKind
{
    /// <summary>A policy by node id with its holder, insured and latest three interactions.</summary>
    PolicyPage,

    /// <summary>Customers whose name starts with a surname and the first given-name character.</summary>
    CustomerByName,

    /// <summary>Customers whose phone ends with four digits.</summary>
    CustomerByPhone,

    /// <summary>The newest open complaints with their customer.</summary>
    ComplaintList,

    /// <summary>Satisfaction of the last three months, by month.</summary>
    SurveyAggregates,
}

/// <summary>One demo tenant's tokens and the seeded inputs its requests draw from.</summary>
public sealed record TenantInputs(
    string Slug, TokenSource Agent, TokenSource ComplaintHandler, TokenSource Supervisor, Guid[] PolicyIds,
    string[] NamePrefixes, string[] PhoneSuffixes);

/// <summary>Builds the GraphQL requests of each kind from the deterministic seed and checks their answers.</summary>
public sealed class Workload(HttpClient http, string apiUrl, IReadOnlyList<TenantInputs> tenants)
{
    private const string PolicyPageQuery = """
        query PolicyPage($id: ID!) {
          node(id: $id) {
            ... on Policy {
              id policyNumber productLine productName sumInsured premium currency startDate endDate status renewalDue
              holder { id name gender ageBand phone riskLevel preferredChannel }
              insured { id name gender ageBand }
              interactions(last: 3) { id channel purpose startedAt endedAt summary outcomeTag urgency agentId }
            }
          }
        }
        """;

    private const string CustomerByNameQuery = """
        query CustomerSearch($prefix: String!) {
          customers(first: 20, filter: { namePrefix: $prefix }) {
            nodes { id name gender ageBand phone riskLevel }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string CustomerByPhoneQuery = """
        query CustomerByPhone($suffix: String!) {
          customers(first: 20, filter: { phoneSuffix: $suffix }) {
            nodes { id name gender ageBand phone riskLevel }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string ComplaintListQuery = """
        query Complaints {
          complaints(first: 20, filter: { status: [RECEIVED, ACCEPTED, INVESTIGATING] }) {
            totalCount
            nodes { id reference status category severity urgent receivedAt customer { id name } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    // The seed's data ends on SeedClock.AsOf (2026-11-01), so the last three months before it hold responses.
    private const string SurveyAggregatesQuery = """
        query Satisfaction {
          satisfaction(period: { from: "2026-08-01", to: "2026-10-31", unit: MONTH }, groupBy: PERIOD) {
            target
            total { responses satisfied rate averageScore }
            groups { periodStart responses satisfied rate averageScore }
          }
        }
        """;

    /// <summary>The inputs of one tenant: random policy rows over the whole seed, names and phones of its first customers.</summary>
    public static (Guid[] Policies, string[] NamePrefixes, string[] PhoneSuffixes) SeedInputs(DemoTenant tenant, int scale, int samples, int seed)
    {
        var world = new TenantWorld(tenant, SeedScale.Of(scale));
        var random = new Random(seed);
        var policies = Enumerable.Range(0, samples)
            .Select(_ => StableIds.For(tenant.Id, SeedTable.Policy, random.Next(world.Scale.Policies)))
            .ToArray();
        // The generator must enumerate customers in order; the first ones are as random as any (names are drawn).
        var customers = new CustomerGenerator(world).All().Take(Math.Min(samples, world.Scale.Customers)).ToArray();
        var prefixes = customers.Select(c => c.Name[..Math.Min(2, c.Name.Length)]).Distinct().ToArray();
        var phones = customers.Where(c => c.Phone.Length >= 4).Select(c => c.Phone[^4..]).Distinct().ToArray();
        return (policies, prefixes, phones);
    }

    /// <summary>Sends one request of the kind with random inputs; the outcome says whether it returned data and no errors.</summary>
    public async Task<Outcome> SendAsync(QueryKind kind, CancellationToken ct)
    {
        var tenant = tenants[Random.Shared.Next(tenants.Count)];
        var (source, query, variables, field) = kind switch
        {
            QueryKind.PolicyPage => (tenant.Agent, PolicyPageQuery,
                (object)new { id = GlobalId("Policy", Pick(tenant.PolicyIds)) }, "node"),
            QueryKind.CustomerByName => (tenant.Agent, CustomerByNameQuery, new { prefix = Pick(tenant.NamePrefixes) }, "customers"),
            QueryKind.CustomerByPhone => (tenant.Agent, CustomerByPhoneQuery, new { suffix = Pick(tenant.PhoneSuffixes) }, "customers"),
            QueryKind.ComplaintList => (tenant.ComplaintHandler, ComplaintListQuery, new { }, "complaints"),
            _ => (tenant.Supervisor, SurveyAggregatesQuery, new { }, "satisfaction"),
        };
        var token = await source.GetAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, apiUrl)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query, variables })),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            return Outcome.Failed($"HTTP {(int)response.StatusCode}");
        }

        return Check(kind, body, field);
    }

    /// <summary>A body counts only with no <c>errors</c>, a non-null root field, and for a policy page the policy itself.</summary>
    private static Outcome Check(QueryKind kind, byte[] body, string field)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.TryGetProperty("errors", out var errors))
        {
            var first = errors.EnumerateArray().FirstOrDefault();
            var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            return Outcome.Failed("errors: " + (code ?? (first.ValueKind == JsonValueKind.Object ? first.GetProperty("message").GetString() : "?")));
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Outcome.Failed($"no data.{field}");
        }

        return kind switch
        {
            QueryKind.PolicyPage when !value.TryGetProperty("holder", out var holder) || holder.ValueKind == JsonValueKind.Null =>
                Outcome.Failed("policy without holder"),
            QueryKind.CustomerByName when value.GetProperty("nodes").GetArrayLength() == 0 => Outcome.Failed("name search found nobody"),
            QueryKind.ComplaintList when value.GetProperty("nodes").GetArrayLength() == 0 => Outcome.Failed("no complaints"),
            QueryKind.SurveyAggregates when value.GetProperty("total").GetProperty("responses").GetInt32() == 0 =>
                Outcome.Failed("no survey responses"),
            _ => Outcome.Ok,
        };
    }

    private static T Pick<T>(T[] items) => items[Random.Shared.Next(items.Length)];

    // The API's opaque ids are base64url of "Type:uuid"; computing them spares fetching a million ids first.
    private static string GlobalId(string type, Guid id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + id.ToString("N")));
}

/// <summary>Whether a request succeeded, and why not.</summary>
public readonly record struct Outcome(bool Success, string? Error)
{
    /// <summary>A response with data and no errors.</summary>
    public static Outcome Ok { get; } = new(true, null);

    /// <summary>A failure with its reason.</summary>
    public static Outcome Failed(string error) => new(false, error);
}
