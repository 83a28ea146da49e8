using System.Text;

namespace Platform.GraphQL.Language;

/// <content>String and block string values with escape sequences (spec 2.9.4).</content>
public partial struct Lexer
{
    private void ReadString()
    {
        var source = _source;
        var contentStart = _position + 1;
        var position = contentStart;

        // Fast path: no escapes and no surrogates, so the value is a plain substring.
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                Value = position == contentStart ? string.Empty : source.Substring(contentStart, position - contentStart);
                FinishString(position + 1);
                return;
            }

            if (c == '\\' || c == '\n' || c == '\r' || char.IsSurrogate(c))
            {
                break;
            }

            position++;
        }

        var buffer = _buffer ??= new StringBuilder();
        buffer.Clear();
        buffer.Append(source, contentStart, position - contentStart);
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                Value = buffer.ToString();
                FinishString(position + 1);
                return;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (c == '\\')
            {
                position = ReadEscape(position, buffer);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                position = ReadSurrogatePair(position, buffer, "String");
                continue;
            }

            buffer.Append(c);
            position++;
        }

        throw Error(position, "Unterminated string.");
    }

    private void FinishString(int end)
    {
        _position = end;
        Kind = TokenKind.String;
        End = end;
    }

    /// <summary>Appends a valid surrogate pair of raw source text, or fails on a lone surrogate.</summary>
    private readonly int ReadSurrogatePair(int position, StringBuilder buffer, string within)
    {
        var c = _source[position];
        if (char.IsHighSurrogate(c) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]))
        {
            buffer.Append(c).Append(_source[position + 1]);
            return position + 2;
        }

        throw Error(position, $"Invalid character within {within}: {DescribeCharAt(position)}.");
    }

    private readonly int ReadEscape(int position, StringBuilder buffer)
    {
        var escaped = CharAt(position + 1);
        switch (escaped)
        {
            case '"': buffer.Append('"'); return position + 2;
            case '\\': buffer.Append('\\'); return position + 2;
            case '/': buffer.Append('/'); return position + 2;
            case 'b': buffer.Append('\b'); return position + 2;
            case 'f': buffer.Append('\f'); return position + 2;
            case 'n': buffer.Append('\n'); return position + 2;
            case 'r': buffer.Append('\r'); return position + 2;
            case 't': buffer.Append('\t'); return position + 2;
            case 'u':
                return CharAt(position + 2) == '{'
                    ? ReadBracedUnicodeEscape(position, buffer)
                    : ReadFixedUnicodeEscape(position, buffer);
        }

        var length = escaped < 0 ? 1 : char.IsHighSurrogate((char)escaped) && char.IsLowSurrogate((char)CharAt(position + 2)) ? 3 : 2;
        throw Error(position, $"Invalid character escape sequence: \"{_source.Substring(position, length)}\".");
    }

    private readonly int ReadBracedUnicodeEscape(int position, StringBuilder buffer)
    {
        var index = position + 3;
        var value = 0;
        while (IsHexDigit(CharAt(index)))
        {
            value = (value << 4) | HexValue(CharAt(index));
            index++;
            if (value > 0x10FFFF)
            {
                break;
            }
        }

        if (CharAt(index) == '}' && index > position + 3 && IsScalarValue(value))
        {
            AppendCodePoint(buffer, value);
            return index + 1;
        }

        // Show the whole escape: the remaining hex digits and the closing brace, or the first offending character.
        while (IsHexDigit(CharAt(index)))
        {
            index++;
        }

        var shown = Excerpt(_source.AsSpan(position, Math.Min(index + 1, _source.Length) - position));
        throw Error(position, $"Invalid Unicode escape sequence: \"{shown}\".");
    }

    private readonly int ReadFixedUnicodeEscape(int position, StringBuilder buffer)
    {
        var value = ReadHex4(position + 2);
        if (value >= 0 && IsScalarValue(value))
        {
            buffer.Append((char)value);
            return position + 6;
        }

        // Legacy form: a leading surrogate escape followed by a trailing surrogate escape encodes one code point.
        if (value >= 0xD800 && value <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                buffer.Append((char)value).Append((char)trailing);
                return position + 12;
            }
        }

        var end = position + 2;
        while (end < position + 6 && IsHexDigit(CharAt(end)))
        {
            end++;
        }

        if (end < position + 6 && end < _source.Length)
        {
            end++;
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{_source.Substring(position, end - position)}\".");
    }

    private readonly int ReadHex4(int position)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = CharAt(position + i);
            if (!IsHexDigit(c))
            {
                return -1;
            }

            value = (value << 4) | HexValue(c);
        }

        return value;
    }

    private static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsScalarValue(int value) => value is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static void AppendCodePoint(StringBuilder buffer, int value)
    {
        if (value < 0x10000)
        {
            buffer.Append((char)value);
        }
        else
        {
            value -= 0x10000;
            buffer.Append((char)(0xD800 + (value >> 10))).Append((char)(0xDC00 + (value & 0x3FF)));
        }
    }

    private void ReadBlockString()
    {
        var source = _source;
        var position = _position + 3;
        var segmentStart = position;
        StringBuilder? raw = null;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                var rawValue = raw is null
                    ? source.AsSpan(segmentStart, position - segmentStart)
                    : raw.Append(source, segmentStart, position - segmentStart).ToString().AsSpan();
                Value = BlockStrings.Dedent(rawValue);
                _position = position + 3;
                Kind = TokenKind.BlockString;
                End = _position;
                return;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw ??= new StringBuilder();
                raw.Append(source, segmentStart, position - segmentStart).Append("\"\"\"");
                position += 4;
                segmentStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                _line++;
                _lineStart = position;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate((char)CharAt(position + 1)))
                {
                    position += 2;
                    continue;
                }

                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }

            position++;
        }

        throw Error(position, "Unterminated string.");
    }
}
