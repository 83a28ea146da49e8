using System.Buffers;
using BenchmarkDotNet.Attributes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Benchmarks;

/// <summary>Parse, validate and execute benchmarks of issue 3 (targets: parse+validate &lt; 30 µs; 1,000 objects &lt; 2 ms and &lt; 1 MB).</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const string AgencyQuery = "{ regions { code offices { code agents { id name email active score } } } }";

    private Schema _hundredTypes = null!;
    private Schema _agency = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _agencyDocument = null!;
    private Executor _hundredTypesExecutor = null!;
    private Executor _agencyExecutor = null!;

    // Reused like the response body pipe of a server: serialisation cost without a fresh output array per call.
    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);

    /// <summary>Builds the schemas and parses the documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _hundredTypes = BenchmarkSchemas.HundredTypes();
        _agency = BenchmarkSchemas.Agency(out _);
        _introspection = Parser.Parse(IntrospectionQuery.Text);
        _agencyDocument = Parser.Parse(AgencyQuery);
        _hundredTypesExecutor = new Executor(_hundredTypes);
        _agencyExecutor = new Executor(_agency);
        if (DocumentValidator.Validate(_hundredTypes, _introspection).Count != 0 || DocumentValidator.Validate(_agency, _agencyDocument).Count != 0)
        {
            throw new InvalidOperationException("benchmark documents must be valid");
        }
    }

    /// <summary>Parse of the standard introspection query.</summary>
    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(IntrospectionQuery.Text);

    /// <summary>Validation of the introspection query against a 100-type schema.</summary>
    [Benchmark]
    public int ValidateIntrospectionQuery() => DocumentValidator.Validate(_hundredTypes, _introspection).Count;

    /// <summary>Parse plus validation (a document cache miss).</summary>
    [Benchmark]
    public int ParseAndValidateIntrospectionQuery() => DocumentValidator.Validate(_hundredTypes, Parser.Parse(IntrospectionQuery.Text)).Count;

    /// <summary>Execution of the introspection query over the 100-type schema, serialised to JSON.</summary>
    [Benchmark]
    public async Task<int> ExecuteIntrospectionQuery()
    {
        var result = await _hundredTypesExecutor.ExecuteAsync(new ExecutionArgs { Document = _introspection });
        return Serialize(result);
    }

    /// <summary>Three-level query returning 1,000 objects with 5 scalar fields each, serialised to JSON.</summary>
    [Benchmark]
    public async Task<int> ExecuteThousandObjects()
    {
        var result = await _agencyExecutor.ExecuteAsync(new ExecutionArgs { Document = _agencyDocument });
        return Serialize(result);
    }

    private int Serialize(ExecutionResult result)
    {
        _output.ResetWrittenCount();
        ExecutionResultJson.Write(_output, result);
        return _output.WrittenCount;
    }
}
