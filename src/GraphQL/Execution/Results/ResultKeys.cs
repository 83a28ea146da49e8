using System.Text.Json;

namespace Platform.GraphQL.Execution.Results;

/// <summary>
/// The response keys of one selection, with their JSON encodings computed once, so writing a result map never
/// escapes or transcodes a property name again.
/// </summary>
internal sealed class ResultKeys
{
    public ResultKeys(string[] names)
    {
        Names = names;
        Encoded = new JsonEncodedText[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            Encoded[i] = JsonEncodedText.Encode(names[i], ExecutionResultJson.Options.Encoder);
        }
    }

    public string[] Names { get; }

    public JsonEncodedText[] Encoded { get; }
}
