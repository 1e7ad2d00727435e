using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Calls;
using OpenEip.Rpc.Signing;

namespace OpenEip.Tests.Signing;

/// <summary>The in-memory line against replays: a nonce is spent once per AccessKey while its window lasts.</summary>
public sealed class NonceCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_nonce_is_spent_once_per_access_key_and_a_restored_one_is_spent_already()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        var until = _clock.GetUtcNow().AddMinutes(15);
        // Restored from the bytes a store holds, used as strings: both are the same nonce.
        cache.Restoring().Add("LTAIkeyone"u8, "restored-nonce"u8, until);
        cache.Restoring().Add(new NonceRecord("LTAIkeyone", "restored-\u00e9t\u00e9", until));

        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeytwo", "n-1", until)));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "restored-nonce", until)));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "restored-\u00e9t\u00e9", until)));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", "restored-", until)));
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyon", "e\nrestored-nonce", until)));
    }

    [Fact]
    public void A_nonce_is_refused_until_its_window_closes_and_not_after()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        // Not on a whole second: the cache keeps seconds and must round the expiry up, never down.
        var until = _clock.GetUtcNow().AddMinutes(15).AddMilliseconds(400);
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));

        _clock.SetUtcNow(until.AddMilliseconds(-1));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));
        _clock.SetUtcNow(until);
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));

        // Once the window has closed, the timestamp check refuses the request; the cache may take the nonce again.
        _clock.SetUtcNow(until.AddSeconds(2));
        var next = _clock.GetUtcNow().AddMinutes(15);
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", next)));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", next)));
    }

    [Fact]
    public void Every_live_nonce_stays_spent_while_the_tables_grow()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        var until = _clock.GetUtcNow().AddMinutes(15);
        for (var i = 0; i < 200_000; i++)
            Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", $"grow-{i}", until)));

        Assert.Equal(200_000, cache.Count);
        for (var i = 0; i < 200_000; i++)
            Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", $"grow-{i}", until)));
        // 12-byte slots, at most three quarters full and at least a quarter after growing.
        Assert.InRange(cache.Capacity, 200_000 * 4 / 3, 200_000 * 4);
    }

    [Fact]
    public void Expired_nonces_give_their_room_to_new_ones()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        var soon = _clock.GetUtcNow().AddMinutes(1);
        for (var i = 0; i < 100_000; i++)
            Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", $"old-{i}", soon)));

        // A server taking calls at a steady rate holds one window's nonces, however long it runs: never more than four
        // slots a live nonce (a table grows to twice its live nonces, rounded up to a power of two).
        for (var round = 0; round < 5; round++)
        {
            _clock.Advance(TimeSpan.FromMinutes(2));
            var later = _clock.GetUtcNow().AddMinutes(1);
            for (var i = 0; i < 100_000; i++)
                Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", $"round-{round}-{i}", later)));
            Assert.Equal(100_000, cache.Count);
            Assert.InRange(cache.Capacity, 0, 100_000 * 4);
            Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", $"round-{round}-99999", later)));
        }
    }

    [Fact]
    public async Task A_nonce_raced_from_many_threads_is_accepted_exactly_once()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        var until = _clock.GetUtcNow().AddMinutes(15);
        using var start = new ManualResetEventSlim();

        // 8 threads each try the same 2,000 nonces; every nonce must be accepted by exactly one of them.
        var accepted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return Enumerable.Range(0, 2000).Count(i => cache.TryUse(new NonceRecord("LTAIkeyone", $"raced-{i}", until)));
        })).Append(Task.Run(() => { start.Set(); return 0; })));

        Assert.Equal(2000, accepted.Sum());
        Assert.Equal(2000, cache.Count);
    }
}
