using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>A mutating call's nonce and audit event are written in the transaction of its effect (issue 8).</summary>
public sealed class CallRecordTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-call-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
    private readonly CurrentCall _current = new();

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task Write_WithACall_CommitsItsNonceAndEventWithTheEffect()
    {
        using var store = Open();

        var result = await WriteAsCallAsync(store, Call("n-1"), Result<string>.Ok("eip-created000000000000"));

        Assert.True(result.IsSuccess);
        var page = await store.FindEventsAsync(new AuditQuery(), CancellationToken.None);
        var recorded = Assert.Single(page.Items);
        Assert.Null(recorded.ErrorCode);
        Assert.Equal("LTAIkey", recorded.AccessKeyId);
        Assert.Contains("eip-named00000000000000", recorded.ResourceIds);
        Assert.Single(await store.LiveNoncesAsync(_clock.GetUtcNow(), CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task Write_ReplayingANonceOfAnotherProcess_IsSignatureNonceUsedAndChangesNothing()
    {
        // Another process on the same database: only the database knows the nonce, which the first spent after the
        // second opened. (What was spent before a server opens, its NonceCache reloads at start.)
        using var second = Open();
        using (var first = Open())
            await WriteAsCallAsync(first, Call("n-2"), Result<string>.Ok("one"));

        var effects = 0;
        _current.Value = Call("n-2");
        var replay = await second.WriteAsync<string>(null, async session =>
        {
            effects++;
            await session.Settings.SetAsync("replayed", "yes");
            return "two";
        }, CancellationToken.None);
        _current.Value = null;

        Assert.Equal("SignatureNonceUsed", replay.Error?.Code);
        Assert.Equal(0, effects);
        var page = await second.FindEventsAsync(new AuditQuery(), CancellationToken.None);
        Assert.Equal(["SignatureNonceUsed", null], page.Items.Select(e => e.ErrorCode));
    }

    [Fact]
    public async Task Write_ReplayingANonceAnotherProcessSpentBeforeAnEarlierBatch_IsStillSignatureNonceUsed()
    {
        using var second = Open();
        using (var first = Open())
            await WriteAsCallAsync(first, Call("n-6"), Result<string>.Ok("one"));

        // The second's next batch reads the first's nonce; a replay written in a later batch must still find it.
        Assert.True((await WriteAsCallAsync(second, Call("n-7"), Result<string>.Ok("unrelated"))).IsSuccess);
        var replay = await WriteAsCallAsync(second, Call("n-6"), Result<string>.Ok("two"));

        Assert.Equal("SignatureNonceUsed", replay.Error?.Code);
        Assert.Equal(["n-6", "n-7"], (await second.LiveNoncesAsync(_clock.GetUtcNow(), CancellationToken.None).ToListAsync()).Select(n => n.Nonce).Order());
    }

    [Fact]
    public async Task Write_WithANonceAnotherProcessSpentThatHasExpiredSince_IsNotRefusedByTheStore()
    {
        // Past its expiry, the request's timestamp is out of the window, which the signature check refuses; the store
        // forgets the nonce, so a busy neighbour's nonces do not pile up in this server's memory.
        using var second = Open();
        using (var first = Open())
            await WriteAsCallAsync(first, Call("n-8", expiresIn: TimeSpan.FromMinutes(1)), Result<string>.Ok("one"));
        Assert.Equal("SignatureNonceUsed", (await WriteAsCallAsync(second, Call("n-8"), Result<string>.Ok("two"))).Error?.Code);

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True((await WriteAsCallAsync(second, Call("n-8"), Result<string>.Ok("three"))).IsSuccess);
    }

    [Fact]
    public async Task Write_ThatThrows_LeavesNeitherItsNonceNorItsEvent()
    {
        // The dispatcher records such a call itself, through the journal, once it has heard the failure.
        using var store = Open();
        _current.Value = Call("n-9");
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync<string>(null, _ => throw new InvalidOperationException("a bug"), CancellationToken.None));
        _current.Value = null;

        Assert.True((await WriteAsCallAsync(store, Call("n-10"), Result<string>.Ok("next"))).IsSuccess);

        Assert.Equal(["n-10"], (await store.LiveNoncesAsync(_clock.GetUtcNow(), CancellationToken.None).ToListAsync()).Select(n => n.Nonce));
        Assert.Single((await store.FindEventsAsync(new AuditQuery(), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Journal_OfThousandsOfNoncesAndEvents_RecordsEveryOneInOrder()
    {
        // More than one statement's worth of each (the writer inserts them in parts of about 32 KB).
        using var store = Open();
        var nonces = Enumerable.Range(0, 3_000).Select(i => Call($"journal-{i:0000}").Nonce).ToList();
        var events = Enumerable.Range(0, 400).Select(i => Call($"event-{i:000}").Audit with { ErrorCode = "Throttling", ResourceIds = [$"eip-journal{i:000}"] }).ToList();

        await store.RecordAsync(nonces, events, CancellationToken.None);

        var live = await store.LiveNoncesAsync(_clock.GetUtcNow(), CancellationToken.None).ToListAsync();
        Assert.Equal(nonces.Select(n => n.Nonce), live.Select(n => n.Nonce));
        var page = await store.FindEventsAsync(new AuditQuery { PageSize = 100 }, CancellationToken.None);
        Assert.Equal(400, page.TotalCount);
        var one = await store.FindEventsAsync(new AuditQuery { ResourceId = "eip-journal123" }, CancellationToken.None);
        Assert.Equal(events[123].EventId, Assert.Single(one.Items).EventId);
    }

    [Fact]
    public async Task Write_RefusedByTheUseCase_UndoesTheEffectButKeepsNonceAndEvent()
    {
        using var store = Open();
        _current.Value = Call("n-3");
        var refused = await store.WriteAsync<string>(null, async session =>
        {
            await session.Settings.SetAsync("half-done", "yes");
            return ApiErrors.IncorrectEipStatus("test");
        }, CancellationToken.None);
        _current.Value = null;

        Assert.Equal("IncorrectEipStatus", refused.Error?.Code);
        Assert.Null(await store.ReadAsync(s => s.Settings.FindAsync("half-done"), CancellationToken.None));
        Assert.Equal("IncorrectEipStatus", Assert.Single((await store.FindEventsAsync(new AuditQuery(), CancellationToken.None)).Items).ErrorCode);
        Assert.Single(await store.LiveNoncesAsync(_clock.GetUtcNow(), CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task Write_TwiceInOneCall_RecordsTheCallOnce()
    {
        using var store = Open();
        var call = Call("n-4");
        _current.Value = call;
        await store.WriteAsync<int>(null, _ => Task.FromResult(Result<int>.Ok(1)), CancellationToken.None);
        var second = await store.WriteAsync<int>(null, _ => Task.FromResult(Result<int>.Ok(2)), CancellationToken.None);
        _current.Value = null;

        Assert.Equal(2, second.Value);
        Assert.True(call.Recorded);
        Assert.Single((await store.FindEventsAsync(new AuditQuery(), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Prune_ForgetsExpiredNoncesAndOldEventsOnly()
    {
        using var store = Open();
        await WriteAsCallAsync(store, Call("old", expiresIn: TimeSpan.FromMinutes(1)), Result<string>.Ok("x"));
        _clock.Advance(TimeSpan.FromDays(2));
        await WriteAsCallAsync(store, Call("new", expiresIn: TimeSpan.FromMinutes(15)), Result<string>.Ok("y"));

        await store.PruneAsync(_clock.GetUtcNow(), _clock.GetUtcNow().AddDays(-1), CancellationToken.None);

        Assert.Equal(["new"], (await store.LiveNoncesAsync(_clock.GetUtcNow().AddDays(-10), CancellationToken.None).ToListAsync()).Select(n => n.Nonce));
        Assert.Single((await store.FindEventsAsync(new AuditQuery(), CancellationToken.None)).Items);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteStore Open() => new(new SqliteStoreOptions(DatabasePath), _clock, currentCall: _current);

    private async Task<Result<string>> WriteAsCallAsync(SqliteStore store, CallRecord call, Result<string> outcome)
    {
        _current.Value = call;
        try
        {
            return await store.WriteAsync<string>(null, _ => Task.FromResult(outcome), CancellationToken.None);
        }
        finally
        {
            _current.Value = null;
        }
    }

    private CallRecord Call(string nonce, TimeSpan? expiresIn = null)
    {
        var now = _clock.GetUtcNow();
        return new CallRecord(
            new NonceRecord("LTAIkey", nonce, now + (expiresIn ?? TimeSpan.FromMinutes(15))),
            new AuditEvent
            {
                EventId = Guid.CreateVersion7(now).ToString(), EventTime = now, AccountId = "1000000000000001", AccessKeyId = "LTAIkey",
                Action = "AllocateEipAddress", Version = "2016-04-28", RequestId = Guid.NewGuid().ToString(), SourceIpAddress = "127.0.0.1",
                Parameters = new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou", ["AllocationId"] = "eip-named00000000000000" },
            });
    }
}
