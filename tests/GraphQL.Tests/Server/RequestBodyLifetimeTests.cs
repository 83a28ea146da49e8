using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// A request's variables stay its own while other requests arrive: the parsed body must not point into transport
/// buffers that the server hands to the next request once the body is read.
/// </summary>
public sealed class RequestBodyLifetimeTests
{
    [Fact]
    public async Task Concurrent_requests_over_kestrel_each_get_the_answer_to_their_own_variables()
    {
        await using var host = await LiveGraphQLHost.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 });
        var wrong = new List<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 3000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            // A long, request-specific value, so a body overwritten by a later request shows in the answer.
            var name = $"caller-{i:D5}-" + new string((char)('a' + (i % 26)), 200);
            using var response = await client.PostAsJsonAsync(host.Endpoint,
                new { query = "query Greet($name: String) { hello(name: $name) }", variables = new { name } }, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var answer = JsonDocument.Parse(body).RootElement;
            var hello = answer.TryGetProperty("data", out var data) ? data.GetProperty("hello").GetString() : null;
            if (hello != $"Hello, {name}!")
            {
                lock (wrong)
                {
                    wrong.Add($"{i}: {body[..Math.Min(body.Length, 200)]}");
                }
            }
        });

        Assert.True(wrong.Count == 0, $"{wrong.Count} of 3000 answers were not for their own request:\n" + string.Join("\n", wrong.Take(5)));
    }
}
