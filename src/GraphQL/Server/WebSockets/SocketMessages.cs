using System.Buffers;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;

namespace Platform.GraphQL.Server.WebSockets;

/// <summary>Writes the server → client messages of graphql-transport-ws.</summary>
internal static class SocketMessages
{
    public static byte[] Simple(string type, IReadOnlyDictionary<string, object?>? payload = null) => Build(writer =>
    {
        writer.WriteString("type", type);
        if (payload is not null)
        {
            writer.WritePropertyName("payload");
            ExecutionResultJson.WriteValue(writer, payload);
        }
    });

    public static byte[] Next(string id, ExecutionResult result) => Build(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "next");
        writer.WritePropertyName("payload");
        ExecutionResultJson.Write(writer, result);
    });

    public static byte[] Error(string id, IReadOnlyList<GraphQLError> errors) => Build(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "error");
        writer.WritePropertyName("payload");
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ExecutionResultJson.WriteError(writer, error);
        }

        writer.WriteEndArray();
    });

    public static byte[] Complete(string id) => Build(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "complete");
    });

    private static byte[] Build(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
