using System.Globalization;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.Api.Events;

/// <summary>
/// The opaque cursor of an event stream: the tenant's outbox sequence, base64-wrapped so that clients treat it as a
/// token rather than a number to compute with.
/// </summary>
public static class EventCursor
{
    private const string Prefix = "evt:";

    /// <summary>The cursor of the event with this sequence.</summary>
    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence a cursor stands for; null for none.</summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT when the text is no cursor of ours.</exception>
    public static long? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var length)
            && Encoding.ASCII.GetString(bytes, 0, length) is { } text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }

        throw new GraphQLException("The cursor is not one this API issued.", "BAD_USER_INPUT");
    }
}
