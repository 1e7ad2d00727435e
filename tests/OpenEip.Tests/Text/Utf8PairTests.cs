using System.Text;
using OpenEip.Core.Text;

namespace OpenEip.Tests.Text;

/// <summary>The bytes the nonce and ClientToken indexes key a pair by: the same from strings as from a store's UTF-8.</summary>
public sealed class Utf8PairTests
{
    [Theory]
    [InlineData("LTAIkeyone", "nonce-1")]
    [InlineData("1000000000000001", "t\u00f6k\u00e9n-\u4e2d\u6587-\ud83d\ude00")]
    [InlineData("", "")]
    public void A_pair_encoded_from_strings_and_joined_is_the_first_a_line_break_and_the_second(string first, string second) =>
        Assert.Equal(Encoding.UTF8.GetBytes(first + "\n" + second), JoinedFromStrings(first, second));

    [Fact]
    public void A_pair_too_long_for_the_stack_comes_out_the_same()
    {
        var first = new string('\u00e9', 700);
        var second = new string('x', 3000);

        Assert.Equal(Encoding.UTF8.GetBytes(first + "\n" + second), JoinedFromStrings(first, second));
    }

    private static byte[] JoinedFromStrings(string first, string second) =>
        Utf8Pair.Encode(first, second, 0, static (a, b, _) => Utf8Pair.Join(a, b, 0, static (joined, _) => joined.ToArray()));
}
