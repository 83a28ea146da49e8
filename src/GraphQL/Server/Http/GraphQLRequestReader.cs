using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Server.Http;

/// <summary>Reads GraphQL request parameters from a JSON object or from URL query parameters, checking their JSON types.</summary>
public static class GraphQLRequestReader
{
    // System.Text.Json parses "\ud800" but throws when such text is read back.
    private const string LoneSurrogate = "an invalid Unicode escape sequence (a lone surrogate)";

    /// <summary>Reads a request from a JSON document (a POST body or a WebSocket subscribe payload).</summary>
    public static GraphQLRequest FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLRequestException("The request body must be a JSON object.");
        }

        string? query = null, operationName = null, documentId = null;
        JsonElement? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (NameOf(property))
            {
                case "query":
                    query = OptionalString(property.Value, "query");
                    break;
                case "operationName":
                    operationName = OptionalString(property.Value, "operationName");
                    break;
                case "documentId":
                    documentId = OptionalString(property.Value, "documentId");
                    break;
                case "variables":
                    variables = OptionalObject(property.Value, "variables");
                    break;
                case "extensions":
                    extensions = WithReadableNames(OptionalObject(property.Value, "extensions"));
                    break;
            }
        }

        return Create(query, operationName, documentId, variables, extensions);
    }

    /// <summary>Reads a request from GET query parameters; <c>variables</c> and <c>extensions</c> are JSON-encoded.</summary>
    public static GraphQLRequest FromQueryString(Microsoft.AspNetCore.Http.IQueryCollection parameters)
    {
        var query = Single(parameters, "query");
        var operationName = Single(parameters, "operationName");
        var documentId = Single(parameters, "documentId");
        var variables = JsonParameter(parameters, "variables");
        var extensions = WithReadableNames(JsonParameter(parameters, "extensions"));
        return Create(query, operationName, documentId, variables, extensions);
    }

    private static GraphQLRequest Create(string? query, string? operationName, string? documentId, JsonElement? variables, JsonElement? extensions)
    {
        documentId ??= ApolloHash(extensions);
        if (query is null && documentId is null)
        {
            throw new GraphQLRequestException("The request must carry a \"query\" string or a persisted document id.");
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            DocumentId = documentId,
            Variables = variables,
            Extensions = extensions,
        };
    }

    private static string? ApolloHash(JsonElement? extensions)
    {
        try
        {
            if (extensions is { } e && e.TryGetProperty("persistedQuery", out var persisted)
                && persisted.ValueKind == JsonValueKind.Object
                && persisted.TryGetProperty("sha256Hash", out var hash))
            {
                return hash.ValueKind == JsonValueKind.String
                    ? "sha256:" + Text(hash, "extensions.persistedQuery.sha256Hash")
                    : throw new GraphQLRequestException("\"extensions.persistedQuery.sha256Hash\" must be a string.");
            }
        }
        catch (InvalidOperationException)
        {
            // TryGetProperty decodes the names it passes: one with an escaped lone surrogate throws.
            throw new GraphQLRequestException("\"extensions.persistedQuery\" has a property name with " + LoneSurrogate + ".");
        }

        return null;
    }

    // The extensions reach the host as a dictionary keyed by these names (OperationContext.Extensions).
    private static JsonElement? WithReadableNames(JsonElement? extensions)
    {
        if (extensions is { } e)
        {
            foreach (var property in e.EnumerateObject())
            {
                _ = NameOf(property, "\"extensions\" has");
            }
        }

        return extensions;
    }

    private static string NameOf(JsonProperty property, string owner = "The request has")
    {
        try
        {
            return JsonText.NameOf(property);
        }
        catch (ValueCoercionException)
        {
            throw new GraphQLRequestException(owner + " a property name with " + LoneSurrogate + ".");
        }
    }

    private static string? OptionalString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value, name),
        JsonValueKind.Null => null,
        _ => throw new GraphQLRequestException($"The \"{name}\" parameter must be a string."),
    };

    private static string Text(JsonElement value, string name)
    {
        try
        {
            return JsonText.StringOf(value);
        }
        catch (ValueCoercionException)
        {
            throw new GraphQLRequestException($"The \"{name}\" parameter contains {LoneSurrogate}.");
        }
    }

    private static JsonElement? OptionalObject(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Object => value,
        JsonValueKind.Null => null,
        _ => throw new GraphQLRequestException($"The \"{name}\" parameter must be a JSON object."),
    };

    private static string? Single(Microsoft.AspNetCore.Http.IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new GraphQLRequestException($"The \"{name}\" parameter is given more than once.");
    }

    private static JsonElement? JsonParameter(Microsoft.AspNetCore.Http.IQueryCollection parameters, string name)
    {
        var text = Single(parameters, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return OptionalObject(document.RootElement.Clone(), name);
        }
        catch (JsonException)
        {
            throw new GraphQLRequestException($"The \"{name}\" parameter is not valid JSON.");
        }
    }
}
