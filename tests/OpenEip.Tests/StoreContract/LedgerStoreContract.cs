using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with the call ledger (issue 11), seen from two store objects on one database, as two
/// servers see it: a ClientToken's first result, nonces and the audit trail are the database's, not a process's.
/// </summary>
public abstract class LedgerStoreContract : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private (IStore First, IStore Second)? _stores;

    private IStore First => (_stores ??= CreateStores(_clock)).First;

    private IStore Second => (_stores ??= CreateStores(_clock)).Second;

    /// <summary>Two stores, each as one server opens it, on one fresh database.</summary>
    protected abstract (IStore First, IStore Second) CreateStores(TimeProvider clock);

    protected abstract void DisposeStores();

    [SkippableFact]
    public async Task A_ClientToken_used_on_one_server_gets_its_first_result_on_the_other_and_runs_nothing_twice()
    {
        var key = new IdempotencyKey("1000000000000001", "token-1", "fingerprint-a");
        var runs = 0;
        var first = await First.WriteAsync<string>(key, _ => { runs++; return Task.FromResult(Result<string>.Ok("first")); }, CancellationToken.None);
        var again = await Second.WriteAsync<string>(key, _ => { runs++; return Task.FromResult(Result<string>.Ok("second")); }, CancellationToken.None);
        var mismatch = await Second.WriteAsync<string>(key with { Fingerprint = "fingerprint-b" }, _ => Task.FromResult(Result<string>.Ok("third")), CancellationToken.None);

        Assert.Equal("first", first.Value);
        Assert.Equal("first", again.Value);
        Assert.Equal(1, runs);
        Assert.Equal("IdempotentParameterMismatch", mismatch.Error?.Code);
    }

    [SkippableFact]
    public async Task Nonces_recorded_by_one_server_are_live_for_the_other_and_recording_one_twice_loses_nothing()
    {
        var now = _clock.GetUtcNow();
        var nonce = new NonceRecord("LTAIcontract00000000000", "nonce-1", now.AddMinutes(15));
        await Ledger(First).RecordAsync([nonce], [], CancellationToken.None);
        // The journal's batches are written behind; one that repeats a nonce must not fail, nor drop the others.
        await Ledger(Second).RecordAsync([nonce, nonce with { Nonce = "nonce-2" }], [], CancellationToken.None);

        var live = await Ledger(Second).LiveNoncesAsync(now, CancellationToken.None).ToListAsync();

        // SQLite appends nonces (0020_spent_nonces.sql), so a repeat may come back twice; the cache keeps it once.
        Assert.Equal(["nonce-1", "nonce-2"], live.Select(n => n.Nonce).Distinct().Order());
    }

    [SkippableFact]
    public async Task A_start_reads_every_live_nonce_once_and_no_expired_one()
    {
        var now = _clock.GetUtcNow();
        // More than one part's worth on any machine (SQLite reads one range of ids a core), and gaps left by expired rows.
        var nonces = Enumerable.Range(0, 300).Select(i => new NonceRecord(i % 2 == 0 ? "LTAIcontract00000000000" : "LTAIcontract00000000001",
            $"part-{i:000}-\u00fc", now.AddMinutes(i % 7 == 0 ? -1 : 15))).ToList();
        await Ledger(First).RecordAsync(nonces, [], CancellationToken.None);

        var sink = new CollectingSink();
        var count = await Ledger(Second).ReadLiveNoncesAsync(now, sink, CancellationToken.None);

        var live = nonces.Where(n => n.ExpiresAt >= now).ToList();
        Assert.Equal(live.Count, count);
        Assert.Equal(live.Select(n => $"{n.AccessKeyId} {n.Nonce} {n.ExpiresAt.ToUnixTimeMilliseconds()}").Order(), sink.Read.Order());
        // Listed too, every one once (on PostgreSQL over several pages).
        var listed = await Ledger(Second).LiveNoncesAsync(now, CancellationToken.None).ToListAsync();
        Assert.Equal(sink.Read.Order(), listed.Select(n => $"{n.AccessKeyId} {n.Nonce} {n.ExpiresAt.ToUnixTimeMilliseconds()}").Order());
    }

    [SkippableFact]
    public async Task A_prune_deletes_every_expired_nonce_and_old_event_past_one_chunk_and_keeps_the_rest()
    {
        var now = _clock.GetUtcNow();
        // SQLite deletes in chunks of 2,000 (SqliteStore.PruneChunk): two full chunks and a part of one.
        const int old = 4_007;
        await Ledger(First).RecordAsync(
            [.. Enumerable.Range(0, old).Select(i => new NonceRecord("LTAIcontract00000000000", $"expired-{i}", now.AddMinutes(-1)))],
            [.. Enumerable.Range(0, old).Select(i => Event($"old-{i}", now.AddDays(-3)) with { ResourceIds = [$"eip-old-{i}"] })],
            CancellationToken.None);
        await Ledger(First).RecordAsync(
            [new NonceRecord("LTAIcontract00000000000", "live", now.AddMinutes(15))],
            [Event("recent", now.AddHours(-1)) with { ResourceIds = ["eip-recent"] }],
            CancellationToken.None);

        await Ledger(Second).PruneAsync(now, now.AddDays(-1), CancellationToken.None);

        var live = await Ledger(First).LiveNoncesAsync(now.AddDays(-1), CancellationToken.None).ToListAsync();
        Assert.Equal(["live"], live.Select(n => n.Nonce));
        var events = await Ledger(First).FindEventsAsync(new AuditQuery { PageSize = 100 }, CancellationToken.None);
        Assert.Equal(["recent"], events.Items.Select(e => e.EventId));
        Assert.Empty((await Ledger(First).FindEventsAsync(new AuditQuery { ResourceId = "eip-old-0" }, CancellationToken.None)).Items);
    }

    /// <summary>What a start would restore, as text again.</summary>
    private sealed class CollectingSink : ISpentNonceSink
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<string> _read = [];

        public IEnumerable<string> Read => _read;

        public void Add(ReadOnlySpan<byte> accessKeyId, ReadOnlySpan<byte> nonce, DateTimeOffset expiresAt) =>
            _read.Add($"{System.Text.Encoding.UTF8.GetString(accessKeyId)} {System.Text.Encoding.UTF8.GetString(nonce)} {expiresAt.ToUnixTimeMilliseconds()}");
    }

    [SkippableFact]
    public async Task The_audit_trail_lists_events_of_one_millisecond_newest_recorded_first_whichever_server_recorded_them()
    {
        var at = _clock.GetUtcNow();
        await Ledger(First).RecordAsync([], [Event("e-1", at), Event("e-2", at)], CancellationToken.None);
        await Ledger(Second).RecordAsync([], [Event("e-3", at)], CancellationToken.None);

        var page = await Ledger(First).FindEventsAsync(new AuditQuery { AccountId = "1000000000000001" }, CancellationToken.None);

        Assert.Equal(["e-3", "e-2", "e-1"], page.Items.Select(e => e.EventId));
        Assert.Equal(3, page.TotalCount);
    }

    public void Dispose()
    {
        DisposeStores();
        GC.SuppressFinalize(this);
    }

    private static IRequestLedger Ledger(IStore store) => (IRequestLedger)store;

    private static AuditEvent Event(string id, DateTimeOffset at) => new()
    {
        EventId = id, EventTime = at, AccountId = "1000000000000001", AccessKeyId = "LTAIcontract00000000000", Action = "AllocateEipAddress",
        Version = "2016-04-28", RequestId = id, SourceIpAddress = "127.0.0.1", Parameters = new Dictionary<string, string>(),
    };
}
