using System.Runtime.CompilerServices;
using Platform.Api.Schema;
using Platform.GraphQL.Utilities;

namespace Platform.Api.Tests.Schema;

/// <summary>
/// The schema the API loads, printed, must match schema/schema.graphql. The comparison is semantic (SchemaFacts:
/// regions, comments, order and <c>extend type</c> blocks do not matter) while the file is edited in regions; on a
/// mismatch the printed schema is written beside it as schema.graphql.new for review, and the test fails.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_loaded_schema_printed_matches_schema_graphql()
    {
        var path = SchemaFile();
        var loaded = ApiSchema.Load(path);
        var printed = SchemaPrinter.Print(loaded);
        var fileFacts = SchemaFacts.Of(File.ReadAllText(path));
        var loadedFacts = SchemaFacts.Of(printed);

        var missing = loadedFacts.Except(fileFacts).ToList();
        var extra = fileFacts.Except(loadedFacts).ToList();
        var snapshot = path + ".new";
        if (missing.Count > 0 || extra.Count > 0)
        {
            File.WriteAllText(snapshot, printed);
        }
        else if (File.Exists(snapshot))
        {
            File.Delete(snapshot);
        }

        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"schema/schema.graphql differs from the loaded schema (printed to {snapshot}).\nOnly in the loaded schema:\n  "
            + string.Join("\n  ", missing.Take(20)) + "\nOnly in the file:\n  " + string.Join("\n  ", extra.Take(20)));
    }

    [Fact]
    public void The_comparison_ignores_regions_and_extensions_but_notices_descriptions_and_fields()
    {
        const string Canonical = "\"\"\"Q\"\"\"\ntype Query {\n  \"a\"\n  a: Int\n  \"b\"\n  b: String\n}\n";
        const string InRegions = "# region A\n\"\"\"Q\"\"\"\ntype Query {\n  \"a\"\n  a: Int\n}\n# endregion A\n# region B\nextend type Query {\n  \"b\"\n  b: String\n}\n# endregion B\n";

        Assert.Equal(SchemaFacts.Of(Canonical), SchemaFacts.Of(InRegions));
        Assert.NotEqual(SchemaFacts.Of(Canonical), SchemaFacts.Of(Canonical.Replace("\"b\"", "\"B\"", StringComparison.Ordinal)));
        Assert.NotEqual(SchemaFacts.Of(Canonical), SchemaFacts.Of("\"\"\"Q\"\"\"\ntype Query {\n  \"a\"\n  a: Int\n}\n"));
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = ApiSchema.Load(SchemaFile());
        var missing = new List<string>();
        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is GraphQL.Types.ScalarType { Name: "String" or "Int" or "Float" or "Boolean" or "ID" })
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is GraphQL.Types.ComplexType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange(field.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
        }

        Assert.True(missing.Count == 0, "Without description: " + string.Join(", ", missing));
    }

    private static string SchemaFile([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "schema", "schema.graphql"));
}
