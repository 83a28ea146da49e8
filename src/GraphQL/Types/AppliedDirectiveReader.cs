using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Types;

/// <summary>
/// Resolves directives applied in SDL: known definition, allowed location, repeatability, and arguments coerced with
/// defaults applied (spec 3.13). Problems are collected, not thrown.
/// </summary>
internal static class AppliedDirectiveReader
{
    public static List<AppliedDirective> Read(
        Schema schema, IReadOnlyList<DirectiveNode> nodes, DirectiveLocation location, string path, List<string> problems)
    {
        var result = new List<AppliedDirective>(nodes.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var definition = schema.GetDirective(node.Name);
            if (definition is null)
            {
                problems.Add($"Unknown directive \"@{node.Name}\" on \"{path}\"{SdlSchemaCompiler.Where(node)}.");
                continue;
            }

            if (!definition.AllowsLocation(location))
            {
                problems.Add($"Directive \"@{node.Name}\" may not be used on {location.ToName()} (\"{path}\"){SdlSchemaCompiler.Where(node)}.");
                continue;
            }

            if (!definition.IsRepeatable && !seen.Add(node.Name))
            {
                problems.Add($"The directive \"@{node.Name}\" can only be used once at \"{path}\"{SdlSchemaCompiler.Where(node)}.");
                continue;
            }

            if (CoerceArguments(definition, node, path, problems) is { } arguments)
            {
                result.Add(new AppliedDirective(definition, arguments) { Syntax = node });
            }
        }

        return result;
    }

    private static Dictionary<string, object?>? CoerceArguments(
        DirectiveDefinition definition, DirectiveNode node, string path, List<string> problems)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var argumentNode in node.Arguments)
        {
            if (definition.GetArgument(argumentNode.Name) is null)
            {
                problems.Add($"Unknown argument \"{argumentNode.Name}\" on directive \"@{node.Name}\" at \"{path}\"{SdlSchemaCompiler.Where(argumentNode)}.");
                ok = false;
            }
        }

        foreach (var argument in definition.Arguments)
        {
            var given = node.Arguments.FirstOrDefault(a => a.Name == argument.Name);
            if (given is null)
            {
                if (argument.HasDefaultValue)
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
                else if (argument.Type is NonNullType)
                {
                    problems.Add($"Directive \"@{node.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided at \"{path}\"{SdlSchemaCompiler.Where(node)}.");
                    ok = false;
                }

                continue;
            }

            try
            {
                arguments[argument.Name] = ValueLiterals.CoerceLiteral(given.Value, argument.Type);
            }
            catch (ValueCoercionException exception)
            {
                problems.Add($"Invalid value for argument \"{argument.Name}\" of \"@{node.Name}\" at \"{path}\": {exception.Message}{SdlSchemaCompiler.Where(given)}");
                ok = false;
            }
        }

        return ok ? arguments : null;
    }
}
