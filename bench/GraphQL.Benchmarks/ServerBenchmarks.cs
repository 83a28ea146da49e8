using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Engine;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Server;
using Platform.GraphQL.Server.Http;

namespace Platform.GraphQL.Benchmarks;

/// <summary>
/// The 50-object query of the HTTP load benchmark (issue 4, bench/Server), measured in-process so CPU time and
/// allocations per request can be split into engine execution, result writing and the HTTP handler, without wrk
/// and the shared machine's scheduling noise. Compare with <see cref="BareItems"/>: the bare endpoint's own work.
/// </summary>
[MemoryDiagnoser]
public class ServerBenchmarks
{
    private const string ItemsQuery = "{ items(first: 50) { id name price inStock } }";

    private static readonly JsonSerializerOptions BareJson = new(JsonSerializerDefaults.Web);

    // Reused like the response body pipe of a server: serialisation cost without a fresh output array per call.
    private readonly ArrayBufferWriter<byte> _output = new(16 * 1024);
    private readonly byte[] _body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = ItemsQuery }));
    private GraphQLEngine _engine = null!;
    private PreparedDocument _prepared = null!;
    private GraphQLHttpHandler _handler = null!;
    private IServiceProvider _services = null!;

    /// <summary>Builds the catalogue schema, the engine and the handler the way the sample host does.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new GraphQLServerOptions();
        options.Limits.MaxCost = 100_000;
        _engine = new GraphQLEngine(BenchmarkSchemas.Catalogue(), GraphQLServer.CreateEngineOptions(options, null));
        _prepared = _engine.Prepare(ItemsQuery);
        _handler = new GraphQLHttpHandler(new GraphQLServer(_engine, options));
        _services = new ServiceCollection().BuildServiceProvider();
        if (Handler() != 3412)
        {
            throw new InvalidOperationException("the handler must answer the 3,412-byte JSON of the wrk benchmark");
        }
    }

    /// <summary>Engine execution of the cached document only (no JSON).</summary>
    [Benchmark]
    public async Task<bool> ExecuteItems50() =>
        (await _engine.ExecuteAsync(_prepared, new ExecutionRequest { Query = ItemsQuery })).HasData;

    /// <summary>Engine execution plus <see cref="ExecutionResultJson"/> writing, as the handler does it.</summary>
    [Benchmark]
    public async Task<int> ExecuteAndWriteItems50()
    {
        var result = await _engine.ExecuteAsync(_prepared, new ExecutionRequest { Query = ItemsQuery });
        _output.ResetWrittenCount();
        ExecutionResultJson.Write(_output, result);
        return _output.WrittenCount;
    }

    /// <summary>The whole HTTP handler (body parsing, negotiation, limits, execution, writing) on a DefaultHttpContext.</summary>
    [Benchmark]
    public int Handler()
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Headers.Accept = "application/graphql-response+json";
        http.Request.Body = new MemoryStream(_body, writable: false);
        var response = new MemoryStream(4096);
        http.Response.Body = response;
        _handler.InvokeAsync(http).GetAwaiter().GetResult();
        return (int)response.Length;
    }

    /// <summary>What the bare endpoint does besides HTTP: System.Text.Json serialising the same 50 records.</summary>
    [Benchmark(Baseline = true)]
    public int BareItems()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output);
        JsonSerializer.Serialize(writer, new { data = new { items = BenchmarkSchemas.CatalogueItems } }, BareJson);
        return _output.WrittenCount;
    }
}
