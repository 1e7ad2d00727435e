using System.Text;

namespace OpenEip.Core.Text;

/// <summary>
/// Two values as UTF-8 on the stack, and joined by a line break (which neither contains): how the in-memory indexes of
/// nonces and ClientTokens key a pair (an AccessKeyId and a nonce, an account and a token) without a string for it.
/// The same bytes whether the pair comes as strings (a request) or as the bytes a store holds (a start).
/// </summary>
public static class Utf8Pair
{
    private const int OnTheStack = 1024;

    /// <summary>What is done with a pair's bytes, given some state (a static lambda allocates nothing).</summary>
    public delegate TResult PairAction<in TState, out TResult>(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, TState state);

    /// <summary>What is done with a pair joined by a line break.</summary>
    public delegate TResult JoinedAction<in TState, out TResult>(ReadOnlySpan<byte> joined, TState state);

    /// <summary>Encodes two strings as UTF-8 and hands both on.</summary>
    public static TResult Encode<TState, TResult>(string first, string second, TState state, PairAction<TState, TResult> action)
    {
        var size = Encoding.UTF8.GetMaxByteCount(first.Length + second.Length);
        Span<byte> bytes = size <= OnTheStack ? stackalloc byte[size] : new byte[size];
        var firstLength = Encoding.UTF8.GetBytes(first, bytes);
        var secondLength = Encoding.UTF8.GetBytes(second, bytes[firstLength..]);
        return action(bytes[..firstLength], bytes.Slice(firstLength, secondLength), state);
    }

    /// <summary>Hands on <paramref name="first"/>, a line break and <paramref name="second"/> as one run of bytes.</summary>
    public static TResult Join<TState, TResult>(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, TState state, JoinedAction<TState, TResult> action)
    {
        var length = first.Length + 1 + second.Length;
        Span<byte> joined = length <= OnTheStack ? stackalloc byte[length] : new byte[length];
        first.CopyTo(joined);
        joined[first.Length] = (byte)'\n';
        second.CopyTo(joined[(first.Length + 1)..]);
        return action(joined, state);
    }
}
