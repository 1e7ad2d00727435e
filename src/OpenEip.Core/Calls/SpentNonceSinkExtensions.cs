using OpenEip.Core.Text;

namespace OpenEip.Core.Calls;

public static class SpentNonceSinkExtensions
{
    /// <summary>Hands a nonce read as strings (PostgreSQL's reader, tests) to the sink as UTF-8.</summary>
    public static void Add(this ISpentNonceSink sink, NonceRecord nonce) =>
        Utf8Pair.Encode(nonce.AccessKeyId, nonce.Nonce, (sink, nonce.ExpiresAt), static (accessKeyId, spent, state) =>
        {
            state.sink.Add(accessKeyId, spent, state.ExpiresAt);
            return true;
        });
}
