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
/// number (issue 12). Two different nonces would have to share 128 bits for a fresh request to be refused as a replay,
/// and without the seed a client choosing nonces cannot aim at a collision or at one bucket of the table.
/// The entries live in the arrays of plain dictionaries, one per shard with its own lock, rather than in a
/// <see cref="ConcurrentDictionary{TKey,TValue}"/>, whose every entry is an object of its own: millions of objects
/// that each garbage collection walks and that a start allocated and promoted one by one. Arrays of structs hold no
/// references, so the collector skips them. With 1.34 million nonces in the store (and no EIP), a start went from
/// 3.0-3.2 s to 2.2-2.5 s to <c>/readyz</c>, and the resident set after it from 380-415 MB to 240-257 MB.
/// </remarks>
public sealed class NonceCache(SignatureClock clock)
{
    private const int PruneEvery = 4096;
    private const int ShardCount = 16;
    private static readonly long Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
    private readonly Shard[] _shards = Enumerable.Range(0, ShardCount).Select(_ => new Shard()).ToArray();
    private int _sincePrune;
    private int _nextPruned;

    /// <summary>How many nonces are remembered now.</summary>
    public int Count => _shards.Sum(s => s.Count);

    /// <returns>False when the nonce was already used.</returns>
    public bool TryUse(NonceRecord nonce)
    {
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune();
        return Remember(Key(nonce.AccessKeyId, nonce.Nonce), nonce.ExpiresAt.ToUnixTimeMilliseconds());
    }

    /// <summary>Remembers nonces spent before this process started (from the store), as they are read.</summary>
    /// <returns>How many were read.</returns>
    public async Task<int> RestoreAsync(IAsyncEnumerable<NonceRecord> nonces, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var nonce in nonces.WithCancellation(cancellationToken))
        {
            Remember(Key(nonce.AccessKeyId, nonce.Nonce), nonce.ExpiresAt.ToUnixTimeMilliseconds());
            count++;
        }

        return count;
    }

    private bool Remember(UInt128 key, long until) => _shards[(int)(key % ShardCount)].TryAdd(key, until);

    /// <summary>The hash of the AccessKeyId, a line break (which neither contains) and the nonce.</summary>
    private static UInt128 Key(string accessKeyId, string nonce)
    {
        var length = accessKeyId.Length + 1 + nonce.Length;
        // On the stack for any nonce a client sends (the SDKs' are 32 to 36 characters); a longer one is hashed from a string.
        if (length > 256)
            return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(string.Concat(accessKeyId, "\n", nonce).AsSpan()), Seed);
        Span<char> text = stackalloc char[length];
        accessKeyId.CopyTo(text);
        text[accessKeyId.Length] = '\n';
        nonce.CopyTo(text[(accessKeyId.Length + 1)..]);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text), Seed);
    }

    /// <summary>
    /// Forgets the expired nonces of one shard, the next in turn: a pass over all of them every few thousand calls
    /// walked the whole table (millions) that often, so the cost grew with the table. A shard's turn comes every
    /// <see cref="PruneEvery"/> × <see cref="ShardCount"/> calls.
    /// </summary>
    private void Prune()
    {
        Interlocked.Exchange(ref _sincePrune, 0);
        var now = clock.Time.GetUtcNow().ToUnixTimeMilliseconds();
        _shards[(int)((uint)Interlocked.Increment(ref _nextPruned) % ShardCount)].RemoveExpired(now);
    }

    /// <summary>One part of the table and its lock: a request holds it for one dictionary operation.</summary>
    private sealed class Shard
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<UInt128, long> _seen = [];

        public int Count
        {
            get
            {
                lock (_lock)
                    return _seen.Count;
            }
        }

        public bool TryAdd(UInt128 key, long until)
        {
            lock (_lock)
                return _seen.TryAdd(key, until);
        }

        public void RemoveExpired(long now)
        {
            lock (_lock)
            {
                // Removing while enumerating is allowed for Dictionary (it never moves the entries it keeps).
                foreach (var (key, until) in _seen)
                {
                    if (until < now)
                        _seen.Remove(key);
                }
            }
        }
    }
}
