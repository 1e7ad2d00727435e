using System.IO.Hashing;
using System.Security.Cryptography;
using OpenEip.Core.Calls;
using OpenEip.Core.Text;

namespace OpenEip.Rpc.Signing;

/// <summary>
/// Nonces seen within the replay window, per AccessKey: the first, in-memory line against replays. A
/// nonce is remembered until its request's timestamp leaves the window, after which the timestamp check
/// alone refuses a replay. The store keeps them too (a mutating call's nonce in its own transaction, a
/// read's in write-behind batches), and a starting server reloads the live ones here, so a restart
/// forgets nothing.
/// </summary>
/// <remarks>
/// A busy server holds every nonce of the last window: 5,000 signed calls a second for 15 minutes is 4.5 million. Each
/// is kept as the 128-bit XXH3 hash of its AccessKeyId and nonce under a seed drawn at start: 6 bits pick one of 64
/// shards, and the low 64 bits are kept in it with the expiry in seconds (<see cref="NonceTable"/>, 12 bytes a slot;
/// issue 12). A fresh request is refused as a replay only if its hash matches a live one in those 70 bits: with 4.5
/// million live nonces, about once in 2^48 requests. Without the seed a client choosing nonces can aim neither at a
/// collision nor at one shard. With 4.26 million nonces the tables take 85-100 MiB where 16 dictionaries took 258 MiB.
/// </remarks>
public sealed class NonceCache(SignatureClock clock)
{
    private const int ShardCount = 64;
    private static readonly long Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
    private readonly NonceTable[] _shards = Enumerable.Range(0, ShardCount).Select(_ => new NonceTable()).ToArray();

    /// <summary>How many nonces are remembered and live now (a scan of every table: for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            var now = Seconds(clock.Time.GetUtcNow());
            return _shards.Sum(s => s.CountLive(now));
        }
    }

    /// <summary>Slots held across the tables, free ones included (12 bytes each).</summary>
    internal long Capacity => _shards.Sum(s => (long)s.Capacity);

    /// <returns>False when the nonce was already used.</returns>
    public bool TryUse(NonceRecord nonce) =>
        Remember(Key(nonce.AccessKeyId, nonce.Nonce), nonce.ExpiresAt, Seconds(clock.Time.GetUtcNow()));

    /// <summary>
    /// Where a start hands the nonces spent before this process started (<see cref="IRequestLedger.ReadLiveNoncesAsync"/>):
    /// they are remembered as they are read, from any number of threads.
    /// </summary>
    public ISpentNonceSink Restoring() => new Restorer(this, Seconds(clock.Time.GetUtcNow()));

    private bool Remember(UInt128 key, DateTimeOffset expiresAt, uint now)
    {
        var fingerprint = (ulong)key;
        // Rounded up to the second, so that a nonce is never forgotten before its request's window closes.
        var until = Seconds(expiresAt.AddTicks(TimeSpan.TicksPerSecond - 1));
        return _shards[(int)((ulong)(key >> 64) % ShardCount)].TryAdd(fingerprint == 0 ? 1 : fingerprint, until, now);
    }

    /// <summary>Whole seconds since 1970, as a table keeps them (enough until 2106).</summary>
    private static uint Seconds(DateTimeOffset time) => (uint)Math.Clamp(time.ToUnixTimeSeconds(), 0, uint.MaxValue);

    private static UInt128 Key(string accessKeyId, string nonce) =>
        Utf8Pair.Encode(accessKeyId, nonce, 0, static (key, spent, _) => Key(key, spent));

    /// <summary>The hash of the AccessKeyId, a line break and the nonce, as UTF-8.</summary>
    private static UInt128 Key(ReadOnlySpan<byte> accessKeyId, ReadOnlySpan<byte> nonce) =>
        Utf8Pair.Join(accessKeyId, nonce, 0, static (joined, _) => XxHash128.HashToUInt128(joined, Seed));

    /// <summary>Restores with the time the restore began: a nonce expiring meanwhile costs a slot until the next growth.</summary>
    private sealed class Restorer(NonceCache cache, uint now) : ISpentNonceSink
    {
        public void Add(ReadOnlySpan<byte> accessKeyId, ReadOnlySpan<byte> nonce, DateTimeOffset expiresAt) =>
            cache.Remember(Key(accessKeyId, nonce), expiresAt, now);
    }
}
