using System.Buffers;
using System.Collections;
using System.Text.Json;

namespace Platform.GraphQL.Execution.Results;

/// <summary>Writes an <see cref="ExecutionResult"/> as JSON with <see cref="Utf8JsonWriter"/>: errors first, then data, then extensions.</summary>
public static class ExecutionResultJson
{
    // Responses are JSON documents, never embedded in HTML, so only what JSON itself requires is escaped
    // (non-ASCII names such as "Müller" stay readable and short).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");

    [ThreadStatic]
    private static Utf8JsonWriter? cachedWriter;

    /// <summary>Serialises to a new UTF-8 byte array.</summary>
    public static byte[] SerializeToUtf8Bytes(ExecutionResult result)
    {
        using var buffer = new PooledByteBufferWriter(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Serialises to a string (tests, logs).</summary>
    public static string Serialize(ExecutionResult result) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(result));

    /// <summary>Writes the result to any buffer (e.g. an ASP.NET Core response <c>PipeWriter</c>).</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(output);

        // One writer per thread, reset onto each output: a writer per response is an allocation per request on the
        // server's hot path. It is taken out while in use, so a nested call (a converter writing a result) gets its own.
        var writer = cachedWriter ?? new Utf8JsonWriter(output, WriterOptions);
        cachedWriter = null;
        writer.Reset(output);
        try
        {
            Write(writer, result);
            writer.Flush();
        }
        finally
        {
            // Drops the reference to the output (a response pipe) before parking the writer.
            writer.Reset();
            cachedWriter = writer;
        }
    }

    /// <summary>Options for callers that create their own writer (relaxed escaping, no validation overhead).</summary>
    public static JsonWriterOptions Options => WriterOptions;

    /// <summary>Writes the result as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName(ErrorsName);
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName(DataName);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one error object (spec 7.1.2).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString(MessageName, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(LocationsName);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineName, location.Line);
                writer.WriteNumber(ColumnName, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName(PathName);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a double exactly as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> would. Whole numbers below
    /// 10^15 (counts, prices, many scores) are written through the integer formatter, which gives the same digits as
    /// the shortest round-trip format ("3", not "3.0"; 10^15 and up switch to "1E+15") at a fraction of its cost.
    /// Negative zero keeps the floating-point path, which writes "-0".
    /// </summary>
    internal static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (value == Math.Truncate(value) && Math.Abs(value) < 1e15 && !(value == 0 && double.IsNegative(value)))
        {
            writer.WriteNumberValue((long)value);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>Writes a completed value: result maps, lists, JSON-ready scalars, dictionaries and JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.EncodedKeyAt(i));
                    WriteValue(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case object?[] list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case short or byte or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case uint u:
                writer.WriteNumberValue(u);
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
