using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>Block string semantics (spec 2.9.4): the BlockStringValue indentation algorithm and safe printing.</summary>
public static class BlockStrings
{
    /// <summary>
    /// Applies BlockStringValue(rawValue): removes the common indentation of all lines but the first, then blank
    /// leading and trailing lines, and joins the lines with line feeds.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        int? commonIndent = null;
        var firstContentLine = -1;
        var lastContentLine = -1;
        var lineIndex = 0;
        var start = 0;
        while (true)
        {
            var end = LineEnd(raw, start);
            var line = raw[start..end];
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstContentLine < 0)
                {
                    firstContentLine = lineIndex;
                }

                lastContentLine = lineIndex;
                if (lineIndex > 0 && (commonIndent is null || indent < commonIndent))
                {
                    commonIndent = indent;
                }
            }

            if (end >= raw.Length)
            {
                break;
            }

            start = NextLineStart(raw, end);
            lineIndex++;
        }

        if (firstContentLine < 0)
        {
            return string.Empty;
        }

        var remove = commonIndent ?? 0;
        var builder = new StringBuilder(raw.Length);
        lineIndex = 0;
        start = 0;
        while (lineIndex <= lastContentLine)
        {
            var end = LineEnd(raw, start);
            if (lineIndex >= firstContentLine)
            {
                var line = raw[start..end];
                if (lineIndex > 0)
                {
                    line = line[Math.Min(remove, line.Length)..];
                }

                if (lineIndex > firstContentLine)
                {
                    builder.Append('\n');
                }

                builder.Append(line);
            }

            if (end >= raw.Length)
            {
                break;
            }

            start = NextLineStart(raw, end);
            lineIndex++;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Returns block string source text (with the quotes) whose value is exactly <paramref name="value"/>, or null when
    /// no block string can represent it (e.g. it contains a carriage return or has uniform indentation).
    /// </summary>
    /// <remarks>Each candidate is verified by running <see cref="Dedent"/> on it, so the result is safe by construction.
    /// Lines after the first may later be indented uniformly (whitespace-only lines too) without changing the value.</remarks>
    public static string? TryPrint(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        if (value.Length == 0)
        {
            return "\"\"\"\"\"\"";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];

            // Non-printable characters need escapes, which block strings do not interpret; lone surrogates cannot be lexed.
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
            {
                return null;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return null;
                }

                i++;
            }
        }

        // Prefer the readable form with the text on its own lines.
        var multiLine = "\n" + escaped + "\n";
        if (Dedent(Unescape(multiLine)) == value)
        {
            return "\"\"\"" + multiLine + "\"\"\"";
        }

        // A trailing quote or backslash would merge with the closing delimiter.
        if (!value.EndsWith('"') && !value.EndsWith('\\') && Dedent(Unescape(escaped)) == value)
        {
            return "\"\"\"" + escaped + "\"\"\"";
        }

        return null;
    }

    private static ReadOnlySpan<char> Unescape(string raw) => raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        var index = text[start..].IndexOfAny('\n', '\r');
        return index < 0 ? text.Length : start + index;
    }

    private static int NextLineStart(ReadOnlySpan<char> text, int end)
        => end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && (line[count] == ' ' || line[count] == '\t'))
        {
            count++;
        }

        return count;
    }
}
