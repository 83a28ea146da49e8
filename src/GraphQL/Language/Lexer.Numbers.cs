namespace Platform.GraphQL.Language;

/// <content>Int and Float values with the spec's lookahead restrictions (spec 2.9.1, 2.9.2).</content>
public partial struct Lexer
{
    private void ReadNumber()
    {
        var position = _position;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + DescribeCharAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if ((CharAt(position) | 0x20) == 'e')
        {
            isFloat = true;
            position++;
            if (CharAt(position) == '+' || CharAt(position) == '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        // Lookahead restriction: a number may not be followed by '.' or a NameStart (e.g. 1.2.3, 0x1, 123L).
        var next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error(position, "Invalid number, expected digit but got: " + DescribeCharAt(position) + ".");
        }

        _position = position;
        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = position;
    }

    private readonly int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, "Invalid number, expected digit but got: " + DescribeCharAt(position) + ".");
        }

        var source = _source;
        position++;
        while (position < source.Length && IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }
}
