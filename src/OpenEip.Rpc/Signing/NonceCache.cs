using System.Collections.Concurrent;
using OpenEip.Core.Calls;

namespace OpenEip.Rpc.Signing;

/// <summary>
/// Nonces seen within the replay window, per AccessKey: the first, in-memory line against replays. A
/// nonce is remembered until its request's timestamp leaves the window, after which the timestamp check
/// alone refuses a replay. The store keeps them too (a mutating call's nonce in its own transaction, a
/// read's in write-behind batches), and a starting server reloads the live ones here, so a restart
/// forgets nothing.
/// </summary>
public sealed class NonceCache(SignatureClock clock)
{
    private const int PruneEvery = 4096;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _sincePrune;

    /// <returns>False when the nonce was already used.</returns>
    public bool TryUse(NonceRecord nonce)
    {
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune();
        return _seen.TryAdd(Key(nonce), nonce.ExpiresAt);
    }

    /// <summary>Remembers nonces spent before this process started (from the store).</summary>
    public void Restore(IEnumerable<NonceRecord> nonces)
    {
        foreach (var nonce in nonces)
            _seen.TryAdd(Key(nonce), nonce.ExpiresAt);
    }

    private static string Key(NonceRecord nonce) => nonce.AccessKeyId + "\n" + nonce.Nonce;

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
