using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Platform.Subscriptions.LoadTest;

/// <summary>
/// Opens many graphql-transport-ws subscribers of <c>complaintStatusChanged</c> (the demo supervisor's service client),
/// files complaints one after another as the demo complaint handler, and measures for every subscriber how long after
/// the mutation was sent its event arrived (an upper bound of commit-to-delivery: it includes the mutation itself).
/// The first <c>warmup</c> mutations (JIT, pools, caches) are not counted.
/// Usage: <c>dotnet run -c Release --project bench/Subscriptions -- [subscribers=1000] [mutations=40] [pauseMs=250] [warmup=5]</c>
/// with <c>./platform run</c> up (reads <c>.data/demo-credentials.json</c>).
/// </summary>
public static class Program
{
    private const string Subscription = "subscription { complaintStatusChanged { complaintId toStatus } }";

    public static async Task<int> Main(string[] args)
    {
        var subscribers = Argument(args, 0, 1000);
        var mutations = Argument(args, 1, 40);
        var pause = TimeSpan.FromMilliseconds(Argument(args, 2, 250));
        var warmup = Argument(args, 3, 5);
        var credentialsPath = Environment.GetEnvironmentVariable("DEMO_CREDENTIALS") ?? ".data/demo-credentials.json";
        if (!File.Exists(credentialsPath))
        {
            Console.Error.WriteLine($"{credentialsPath} not found: start `./platform run` first (or set DEMO_CREDENTIALS).");
            return 2;
        }

        using var credentials = JsonDocument.Parse(await File.ReadAllTextAsync(credentialsPath));
        var root = credentials.RootElement;
        var identity = root.GetProperty("identityUrl").GetString()!;
        var api = root.GetProperty("apiUrl").GetString()!;
        var tenant = root.GetProperty("tenants")[0];
        using var http = new HttpClient();
        var supervisor = await TokenAsync(http, identity, Client(tenant, "SUPERVISOR"));
        var handler = await TokenAsync(http, identity, Client(tenant, "COMPLAINT_HANDLER"));
        var customerId = await FirstCustomerAsync(http, api, handler);

        // Mutations run one after another and nothing else changes complaints meanwhile, so the k-th event a subscriber
        // receives belongs to the k-th mutation, whose start is recorded before it is sent.
        var starts = new long[warmup + mutations];
        var latencies = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource();
        Console.WriteLine($"connecting {subscribers} subscribers to {api}");
        var sockets = new List<ClientWebSocket>();
        for (var i = 0; i < subscribers; i++)
        {
            sockets.Add(await SubscribeAsync(api, supervisor, stop.Token));
        }

        // Give the server time to register every subscription before the first change.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var readers = sockets.Select(s => Task.Run(() => ReadAsync(s, starts, warmup, latencies, stop.Token))).ToList();

        var mutationTimes = new List<double>();
        for (var m = 0; m < starts.Length; m++)
        {
            var started = Stopwatch.GetTimestamp();
            Volatile.Write(ref starts[m], started);
            await FileComplaintAsync(http, api, handler, customerId);
            if (m >= warmup)
            {
                mutationTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            await Task.Delay(pause);
        }

        var expected = (long)subscribers * mutations;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (latencies.Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        var sorted = latencies.OrderBy(x => x).ToArray();
        Console.WriteLine($"subscribers {subscribers}, mutations {mutations}, deliveries {sorted.Length} of {expected}");
        Console.WriteLine($"mutation round trip ms: p50 {Percentile(mutationTimes.Order().ToArray(), 0.5):F1} p99 {Percentile(mutationTimes.Order().ToArray(), 0.99):F1}");
        Console.WriteLine($"mutation sent -> event delivered ms: p50 {Percentile(sorted, 0.5):F1} p90 {Percentile(sorted, 0.9):F1} p99 {Percentile(sorted, 0.99):F1} max {sorted.LastOrDefault():F1}");
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }

        return sorted.Length == expected ? 0 : 1;
    }

    private static int Argument(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], out var value) && value > 0 ? value : fallback;

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static (string Id, string Secret) Client(JsonElement tenant, string role)
    {
        var client = tenant.GetProperty("clients").EnumerateArray().First(c => c.GetProperty("roles")[0].GetString() == role);
        return (client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);
    }

    private static async Task<string> TokenAsync(HttpClient http, string identity, (string Id, string Secret) client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, identity + "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(client.Id) + ":" + Uri.EscapeDataString(client.Secret))));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string api, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, api)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException(errors.ToString());
        }

        return body.GetProperty("data");
    }

    private static async Task<string> FirstCustomerAsync(HttpClient http, string api, string token) =>
        (await GraphQLAsync(http, api, token, "{ complaints(first: 1) { nodes { customer { id } } } }"))
            .GetProperty("complaints").GetProperty("nodes")[0].GetProperty("customer").GetProperty("id").GetString()!;

    private static Task<JsonElement> FileComplaintAsync(HttpClient http, string api, string token, string customerId) =>
        GraphQLAsync(http, api, token,
            $$"""mutation { fileComplaint(input: { customerId: "{{customerId}}", channel: PHONE, category: SERVICE_PROCESS, description: "Load test" }) { complaint { id } } }""");

    private static async Task<ClientWebSocket> SubscribeAsync(string api, string token, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri(api.Replace("http://", "ws://", StringComparison.Ordinal)), ct);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer " + token } }, ct);
        await ReceiveAsync(socket, ct);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Subscription } }, ct);
        return socket;
    }

    private static async Task ReadAsync(ClientWebSocket socket, long[] starts, int warmup, ConcurrentBag<double> latencies, CancellationToken ct)
    {
        var received = 0;
        try
        {
            while (!ct.IsCancellationRequested && received < starts.Length)
            {
                var message = await ReceiveAsync(socket, ct);
                var arrived = Stopwatch.GetTimestamp();
                if (message.GetProperty("type").GetString() == "next" && received++ >= warmup)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref starts[received - 1]), arrived).TotalMilliseconds);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Done.
        }
    }

    private static Task SendAsync(ClientWebSocket socket, object message, CancellationToken ct) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, ct);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, ct);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("closed by the server: " + socket.CloseStatusDescription);
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }
}
