using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using OpenEip.Core.Calls;

namespace OpenEip.Rpc.Signing;

/// <summary>
/// Nonces seen within the replay window, per AccessKey: the first, in-memory line against replays. A
/// nonce is remembered until its request's timestamp leaves the window, after which the timestamp check
/// alone refuses a replay. The store keeps them too (a mutating call's nonce in its own transaction, a
/// read's in write-behind batches), and a starting server reloads the live ones here, so a restart
/// forgets nothing.
/// </summary>
/// <remarks>
/// A busy server holds every nonce of the last window: 3,000 signed calls a second for 15 minutes is 2.7 million.
/// Each is kept as the 128-bit XXH3 hash of its AccessKeyId and nonce under a seed drawn at start, and its expiry as a
/// number (issue 12): about a third of the memory of the strings. Two different nonces would have to share 128 bits for
/// a fresh request to be refused as a replay, and without the seed a client choosing nonces cannot aim at a collision
/// or at one bucket of the table.
/// </remarks>
public sealed class NonceCache(SignatureClock clock)
{
    private const int PruneEvery = 4096;
    private static readonly long Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
    private readonly ConcurrentDictionary<UInt128, long> _seen = new();
    private int _sincePrune;

    /// <summary>How many nonces are remembered now.</summary>
    public int Count => _seen.Count;

    /// <returns>False when the nonce was already used.</returns>
    public bool TryUse(NonceRecord nonce)
    {
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune();
        return _seen.TryAdd(Key(nonce), nonce.ExpiresAt.ToUnixTimeMilliseconds());
    }

    /// <summary>Remembers nonces spent before this process started (from the store), as they are read.</summary>
    /// <returns>How many were read.</returns>
    public async Task<int> RestoreAsync(IAsyncEnumerable<NonceRecord> nonces, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var nonce in nonces.WithCancellation(cancellationToken))
        {
            _seen.TryAdd(Key(nonce), nonce.ExpiresAt.ToUnixTimeMilliseconds());
            count++;
        }

        return count;
    }

    private static UInt128 Key(NonceRecord nonce)
    {
        var text = string.Concat(nonce.AccessKeyId, "\n", nonce.Nonce);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()), Seed);
    }

    private void Prune()
    {
        Interlocked.Exchange(ref _sincePrune, 0);
        var now = clock.Time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (key, until) in _seen)
        {
            if (until < now)
                _seen.TryRemove(key, out _);
        }
    }
}
