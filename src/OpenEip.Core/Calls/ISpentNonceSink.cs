namespace OpenEip.Core.Calls;

/// <summary>
/// Takes the live nonces a starting server reloads (<see cref="IRequestLedger.ReadLiveNoncesAsync"/>), from several
/// threads at once. The values come as the UTF-8 the store holds, not as strings: a busy server reloads millions, and
/// decoding each into two strings and a record was most of a start's time (issue 12).
/// </summary>
public interface ISpentNonceSink
{
    /// <param name="accessKeyId">The AccessKeyId that spent the nonce, UTF-8.</param>
    /// <param name="nonce">The nonce, UTF-8.</param>
    /// <param name="expiresAt">When its request's timestamp leaves the replay window.</param>
    void Add(ReadOnlySpan<byte> accessKeyId, ReadOnlySpan<byte> nonce, DateTimeOffset expiresAt);
}
