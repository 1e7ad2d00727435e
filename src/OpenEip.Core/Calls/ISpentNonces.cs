namespace OpenEip.Core.Calls;

/// <summary>
/// How a read spends its signature nonce. A mutating call's nonce is spent in its own transaction; a read writes
/// nothing, so where the nonce goes decides which servers refuse its replay.
/// </summary>
public interface ISpentNonces
{
    /// <returns>False when the nonce was spent before, by this server or by another one sharing the store.</returns>
    ValueTask<bool> SpendAsync(NonceRecord nonce, CancellationToken cancellationToken);
}
