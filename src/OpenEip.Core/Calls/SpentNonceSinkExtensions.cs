using System.Buffers;
using System.Text;

namespace OpenEip.Core.Calls;

public static class SpentNonceSinkExtensions
{
    /// <summary>Hands a nonce read as strings (PostgreSQL's reader, tests) to the sink as UTF-8.</summary>
    public static void Add(this ISpentNonceSink sink, NonceRecord nonce)
    {
        var size = Encoding.UTF8.GetMaxByteCount(nonce.AccessKeyId.Length + nonce.Nonce.Length);
        var rented = size > 512 ? ArrayPool<byte>.Shared.Rent(size) : null;
        try
        {
            Span<byte> bytes = rented is null ? stackalloc byte[512] : rented;
            var keyLength = Encoding.UTF8.GetBytes(nonce.AccessKeyId, bytes);
            var nonceLength = Encoding.UTF8.GetBytes(nonce.Nonce, bytes[keyLength..]);
            sink.Add(bytes[..keyLength], bytes.Slice(keyLength, nonceLength), nonce.ExpiresAt);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
