using System.Text.Json;

namespace Platform.Api.WebSockets;

/// <summary>Finds the access token in a graphql-transport-ws <c>connection_init</c> payload.</summary>
public static class InitPayloadToken
{
    private static readonly string[] Keys = ["authorization", "Authorization", "token"];

    /// <summary>
    /// The token of <c>{"authorization": "Bearer …"}</c> (also <c>Authorization</c>), or of <c>{"token": "…"}</c> with or
    /// without the <c>Bearer</c> prefix; null when absent or not a string.
    /// </summary>
    public static string? Read(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        foreach (var key in Keys)
        {
            if (!root.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var text = value.GetString()!.Trim();
            if (text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                text = text["Bearer ".Length..].Trim();
            }
            else if (key != "token")
            {
                // An authorization value must name its scheme, as the HTTP header does.
                return null;
            }

            return text.Length == 0 ? null : text;
        }

        return null;
    }
}
