using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Calls;
using OpenEip.Rpc.Signing;

namespace OpenEip.Tests.Signing;

/// <summary>The in-memory line against replays: a nonce is spent once per AccessKey while its window lasts.</summary>
public sealed class NonceCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_nonce_is_spent_once_per_access_key_and_a_restored_one_is_spent_already()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        var until = _clock.GetUtcNow().AddMinutes(15);
        Assert.Equal(1, await cache.RestoreAsync(new[] { new NonceRecord("LTAIkeyone", "restored-nonce", until) }.ToAsyncEnumerable(), CancellationToken.None));

        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "n-1", until)));
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeytwo", "n-1", until)));
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "restored-nonce", until)));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", "restored-", until)));
        Assert.True(cache.TryUse(new NonceRecord("LTAIkeyon", "e\nrestored-nonce", until)));
    }

    [Fact]
    public void Nonces_whose_window_has_passed_are_forgotten()
    {
        var cache = new NonceCache(new SignatureClock(_clock));
        var soon = _clock.GetUtcNow().AddMinutes(1);
        for (var i = 0; i < 1000; i++)
            Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", $"old-{i}", soon)));
        _clock.Advance(TimeSpan.FromMinutes(2));

        // Pruning takes one of the 16 shards every 4,096 uses, so every shard has had its turn after 65,536; the fresh ones stay.
        var later = _clock.GetUtcNow().AddMinutes(15);
        for (var i = 0; i < 70_000; i++)
            Assert.True(cache.TryUse(new NonceRecord("LTAIkeyone", $"new-{i}", later)));
        Assert.Equal(70_000, cache.Count);
        Assert.False(cache.TryUse(new NonceRecord("LTAIkeyone", "new-69999", later)));
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
