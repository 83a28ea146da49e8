using System.Text;
using Platform.Domain.Customers;

namespace Platform.Domain.Tests.Rules.Customers;

public class CustomerSearchTests
{
    // Texts around the edges of code point order: the surrogate gap, the BMP's end, supplementary planes, the maximum.
    private static readonly string[] Texts =
    [
        "", "a", "ab", "abc", "abd", "abcz", "ac", "b", "王", "王小明", "王芳", "玌", "汪洋", "\uD7FF", "\uD7FFx", "\uE000",
        "\uFFFF", "\uFFFFa", "😀", "😀a", "😁", "\U0010FFFF", "\U0010FFFFa", "a\U0010FFFF", "a\U0010FFFF\U0010FFFF", "a\U0010FFFFb",
        "100%", "100% sure", "100x", "a_b", "axb", @"C:\", @"C:\dir", "C:x",
    ];

    public static TheoryData<string> Prefixes() => [.. Texts.Where(t => t.Length > 0)];

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void A_prefix_range_holds_exactly_the_texts_that_start_with_the_prefix_in_code_point_order(string prefix)
    {
        var range = CustomerSearch.PrefixRange(prefix)!.Value;

        foreach (var text in Texts)
        {
            var inRange = CodePointCompare(text, range.From) >= 0 && (range.To is null || CodePointCompare(text, range.To) < 0);
            Assert.True(text.StartsWith(prefix, StringComparison.Ordinal) == inRange, $"'{text}' against prefix '{prefix}': [{range.From}, {range.To})");
        }
    }

    [Theory]
    [InlineData("abc", "abd")]
    [InlineData("王", "玌")]
    [InlineData("a\U0010FFFF", "b")]
    [InlineData("a\U0010FFFF\U0010FFFF", "b")]
    [InlineData("\uD7FF", "\uE000")]
    [InlineData("\uFFFF", "\U00010000")]
    [InlineData("😀", "😁")]
    public void The_upper_bound_is_the_prefix_with_its_last_incrementable_code_point_raised(string prefix, string upper) =>
        Assert.Equal(new TextRange(prefix, upper), CustomerSearch.PrefixRange(prefix));

    [Fact]
    public void A_prefix_of_maximal_code_points_has_no_upper_bound() =>
        Assert.Equal(new TextRange("\U0010FFFF\U0010FFFF", null), CustomerSearch.PrefixRange("\U0010FFFF\U0010FFFF"));

    // A fact, not a theory: theory data would pass lone surrogates through serialisation, which replaces them.
    [Fact]
    public void Text_no_stored_value_can_hold_gives_no_range_and_no_reversal()
    {
        foreach (var text in new[] { "a\u0000", "\u0000", "\uD800", "x\uDC00y", "\uDE00\uD83D" })
        {
            Assert.Null(CustomerSearch.PrefixRange(text));
            Assert.Null(CustomerSearch.Reverse(text));
        }
    }

    [Theory]
    [InlineData("13800005678", "87650000831")]
    [InlineData("11010119800101001X", "X10010100891101011")]
    [InlineData("a😀b", "b😀a")]
    [InlineData("", "")]
    public void Reversal_reverses_code_points_like_postgresql_reverse(string text, string reversed) =>
        Assert.Equal(reversed, CustomerSearch.Reverse(text));

    // PostgreSQL's "C" collation compares UTF-8 bytes, which is code point order (UTF-16 ordinal order is not, above U+D7FF).
    private static int CodePointCompare(string a, string b) =>
        Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b));
}
