using System.Collections.Concurrent;

namespace OpenEip.Rpc.Signing;

/// <summary>
/// Nonces seen within the replay window, per AccessKey. A nonce is remembered until its request's
/// timestamp leaves the window, after which the timestamp check alone refuses a replay.
/// </summary>
public sealed class NonceCache(SignatureClock clock)
{
    private const int PruneEvery = 4096;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _sincePrune;

    /// <returns>False when the nonce was already used.</returns>
    public bool TryUse(string accessKeyId, string nonce, DateTimeOffset keepUntil)
    {
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune();
        return _seen.TryAdd(accessKeyId + "\n" + nonce, keepUntil);
    }

    private void Prune()
    {
        Interlocked.Exchange(ref _sincePrune, 0);
        var now = clock.Time.GetUtcNow();
        foreach (var (key, until) in _seen)
        {
            if (until < now)
                _seen.TryRemove(key, out _);
        }
    }
}
