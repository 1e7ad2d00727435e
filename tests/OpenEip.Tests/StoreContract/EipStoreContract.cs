using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Accounts;
using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Tests.UseCases.Associations;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with EIPs, whatever its engine (issue 11): each store runs these through a subclass
/// that says how to make one. The status filter in particular is the same derivation as <see cref="Eip.Status"/>
/// written in the store's query language, so the two are checked against each other here.
/// </summary>
public abstract class EipStoreContract : IDisposable
{
    protected const string Region = "cn-hangzhou";

    private IStore? _store;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    protected IStore Store => _store ??= CreateStore(Clock);

    /// <summary>A fresh, empty store (migrated) on the clock given.</summary>
    protected abstract IStore CreateStore(TimeProvider clock);

    protected abstract void DisposeStore();

    [SkippableFact]
    public async Task The_status_filter_lists_exactly_the_eips_whose_status_it_names()
    {
        var account = await NewAccountAsync();
        var available = await InsertAsync(account, "eip-available", "203.0.113.1");
        var associating = await BindAsync(await InsertAsync(account, "eip-associating", "203.0.113.2"), "i-associating");
        var inUse = await ConfirmAsync(await BindAsync(await InsertAsync(account, "eip-inuse", "203.0.113.3"), "i-inuse"));
        var unassociating = await StartUnbindAsync(await ConfirmAsync(await BindAsync(await InsertAsync(account, "eip-unassociating", "203.0.113.4"), "i-unassociating")));
        var unbound = await ConfirmAsync(await StartUnbindAsync(await ConfirmAsync(await BindAsync(await InsertAsync(account, "eip-unbound", "203.0.113.5"), "i-unbound"))));
        var managed = await InsertAsync(account, "eip-managed", "203.0.113.6", e => e with { ServiceManagedBy = "alb-test" });
        var all = new[] { available, associating, inUse, unassociating, unbound, managed };

        var stored = new List<Eip>();
        foreach (var id in all)
            stored.Add(await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None) ?? throw new InvalidOperationException($"{id} is not stored"));
        Assert.Equal(
            [EipStatus.Available, EipStatus.Associating, EipStatus.InUse, EipStatus.Unassociating, EipStatus.Available, EipStatus.InUse],
            stored.Select(e => e.Status));

        foreach (var status in EipStatus.All)
        {
            var page = await Store.ReadAsync(s => s.Eips.QueryAsync(new EipQuery(account, Region) { Status = status, PageSize = 50 }), CancellationToken.None);
            var expected = stored.Where(e => e.Status == status).Select(e => e.AllocationId).Order();
            Assert.Equal(expected, page.Items.Select(e => e.AllocationId).Order());
            Assert.Equal(expected.Count(), page.TotalCount);
        }
    }

    [SkippableFact]
    public async Task A_binding_saved_over_a_generation_that_moved_on_is_refused()
    {
        var account = await NewAccountAsync();
        var id = await InsertAsync(account, "eip-raced", "203.0.113.7");
        var before = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        await BindAsync(id, "i-first");

        // A second writer that read the EIP before the first bind committed must not overwrite it.
        var stale = before!.Associate(Binding(id, account, "i-second"), Clock.GetUtcNow()).Value;
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() =>
            Store.WriteAsync<Unit>(null, async s =>
            {
                await s.Eips.SaveBindingAsync(before, stale);
                return Unit.Value;
            }, CancellationToken.None));

        var kept = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        Assert.Equal("i-first", kept!.Binding!.InstanceId);
    }

    [SkippableFact]
    public async Task A_confirmation_of_a_generation_overtaken_by_a_newer_write_changes_nothing()
    {
        var account = await NewAccountAsync();
        var id = await BindAsync(await InsertAsync(account, "eip-overtaken", "203.0.113.8"), "i-a");
        var applied = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        await StartUnbindAsync(id);

        var confirmed = await Store.WriteAsync<bool>(null, async s => await s.Eips.ConfirmAsync(applied!.AllocationId, applied.Generation), CancellationToken.None);

        Assert.False(confirmed.Value);
        var now = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        Assert.Equal(EipStatus.Unassociating, now!.Status);
    }

    [SkippableFact]
    public async Task A_confirmation_keeps_a_wanted_binding_removes_one_being_undone_and_changes_nothing_the_second_time()
    {
        var account = await NewAccountAsync();
        var id = await BindAsync(await InsertAsync(account, "eip-confirmed", "203.0.113.10"), "i-a");
        var bound = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);

        var first = await Store.WriteAsync<bool>(null, async s => await s.Eips.ConfirmAsync(id, bound!.Generation), CancellationToken.None);
        var again = await Store.WriteAsync<bool>(null, async s => await s.Eips.ConfirmAsync(id, bound!.Generation), CancellationToken.None);
        var inUse = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        await StartUnbindAsync(id);
        var unbinding = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        var undone = await Store.WriteAsync<bool>(null, async s => await s.Eips.ConfirmAsync(id, unbinding!.Generation), CancellationToken.None);
        var available = await Store.ReadAsync(s => s.Eips.FindAsync(account, id), CancellationToken.None);
        var missing = await Store.WriteAsync<bool>(null, async s => await s.Eips.ConfirmAsync("eip-never-stored", 1), CancellationToken.None);

        Assert.True(first.Value);
        Assert.False(again.Value);
        Assert.Equal(EipStatus.InUse, inUse!.Status);
        Assert.Equal("i-a", inUse.Binding!.InstanceId);
        Assert.True(undone.Value);
        Assert.Equal(EipStatus.Available, available!.Status);
        Assert.Null(available.Binding);
        Assert.Equal(available.Generation, available.ObservedGeneration);
        Assert.False(missing.Value);
    }

    [SkippableFact]
    public async Task The_eips_bound_to_targets_are_those_of_one_or_several_targets_and_never_one_being_undone()
    {
        var account = await NewAccountAsync();
        await BindAsync(await InsertAsync(account, "eip-on-a", "203.0.113.21"), "i-a");
        await BindAsync(await InsertAsync(account, "eip-on-b", "203.0.113.22"), "i-b");
        await StartUnbindAsync(await BindAsync(await InsertAsync(account, "eip-leaving-c", "203.0.113.23"), "i-c"));
        await InsertAsync(account, "eip-free", "203.0.113.24");

        var one = await Store.ReadAsync(s => s.Eips.ListBoundToAsync(["i-a"]), CancellationToken.None);
        var several = await Store.ReadAsync(s => s.Eips.ListBoundToAsync(["i-b", "i-a", "i-c", "i-none"]), CancellationToken.None);
        var leaving = await Store.ReadAsync(s => s.Eips.ListBoundToAsync(["i-c"]), CancellationToken.None);
        var none = await Store.ReadAsync(s => s.Eips.ListBoundToAsync([]), CancellationToken.None);

        Assert.Equal(["eip-on-a"], one.Select(e => e.AllocationId));
        Assert.Equal(["eip-on-a", "eip-on-b"], several.Select(e => e.AllocationId).Order(StringComparer.Ordinal));
        Assert.Empty(leaving);
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task The_released_list_holds_the_accounts_releases_since_a_time_newest_first()
    {
        var account = await NewAccountAsync();
        var old = await InsertAsync(account, "eip-old", "203.0.113.9");
        var recent = await InsertAsync(account, "eip-recent", "203.0.113.10");
        await InsertAsync(account, "eip-kept", "203.0.113.11");
        var start = Clock.GetUtcNow();
        await ReleaseAsync(account, old, start.AddDays(-10));
        await ReleaseAsync(account, recent, start.AddDays(-1));

        var since = await Store.ReadAsync(s => s.Eips.ListReleasedSinceAsync(account, Region, start.AddDays(-7), 10), CancellationToken.None);
        var everything = await Store.ReadAsync(s => s.Eips.ListReleasedSinceAsync(account, Region, start.AddDays(-30), 10), CancellationToken.None);

        Assert.Equal([recent], since.Select(e => e.AllocationId));
        Assert.Equal([recent, old], everything.Select(e => e.AllocationId));
    }

    [SkippableFact]
    public async Task A_write_whose_caller_goes_away_stops_at_its_next_statement_and_leaves_nothing()
    {
        var account = await NewAccountAsync();
        using var caller = new CancellationTokenSource();

        // The caller goes away after the first insert: the next statement the session runs carries the call's token.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Store.WriteAsync<Unit>(null, async s =>
            {
                await s.Eips.InsertAsync(BindingTestData.Eip("eip-abandoned-1", "203.0.113.12") with { AccountId = account, AllocationTime = Clock.GetUtcNow() });
                await caller.CancelAsync();
                await s.Eips.InsertAsync(BindingTestData.Eip("eip-abandoned-2", "203.0.113.13") with { AccountId = account, AllocationTime = Clock.GetUtcNow() });
                return Unit.Value;
            }, caller.Token));

        Assert.Null(await Store.ReadAsync(s => s.Eips.FindAsync(account, "eip-abandoned-1"), CancellationToken.None));
        Assert.Null(await Store.ReadAsync(s => s.Eips.FindAsync(account, "eip-abandoned-2"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_read_whose_caller_goes_away_stops_at_its_next_statement()
    {
        var account = await NewAccountAsync();
        await InsertAsync(account, "eip-read", "203.0.113.14");
        using var caller = new CancellationTokenSource();

        var statements = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Store.ReadAsync(async s =>
            {
                await s.Eips.FindAsync(account, "eip-read");
                statements++;
                await caller.CancelAsync();
                await s.Eips.FindAsync(account, "eip-read");
                statements++;
                return statements;
            }, caller.Token));

        Assert.Equal(1, statements);
    }

    [SkippableFact]
    public async Task Eips_released_in_one_millisecond_are_listed_newest_allocated_first_then_by_id_whatever_order_they_were_written_in()
    {
        var account = await NewAccountAsync();
        foreach (var (id, address) in new[] { ("eip-c", "203.0.113.21"), ("eip-a", "203.0.113.22"), ("eip-b", "203.0.113.23") })
            await InsertAsync(account, id, address);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await InsertAsync(account, "eip-z", "203.0.113.24");

        // The billing sweep releases an overdue account's EIPs at one time (R-LIFE-5), in whatever order it found them.
        var at = Clock.GetUtcNow();
        foreach (var id in new[] { "eip-b", "eip-z", "eip-c", "eip-a" })
            await ReleaseAsync(account, id, at);

        var released = await Store.ReadAsync(s => s.Eips.ListReleasedSinceAsync(account, Region, at.AddDays(-1), 10), CancellationToken.None);
        var firstTwo = await Store.ReadAsync(s => s.Eips.ListReleasedSinceAsync(account, Region, at.AddDays(-1), 2), CancellationToken.None);

        Assert.Equal(["eip-z", "eip-a", "eip-b", "eip-c"], released.Select(e => e.AllocationId));
        Assert.Equal(["eip-z", "eip-a"], firstTwo.Select(e => e.AllocationId));
    }

    [SkippableFact]
    public async Task The_query_pages_newest_allocated_first_with_ties_in_byte_order_of_the_id_and_a_total_independent_of_the_page()
    {
        var account = await NewAccountAsync();
        var start = Clock.GetUtcNow();
        var allocated = new List<(string Id, DateTimeOffset At)>();
        for (var i = 0; i < StoreContractData.MixedSuffixes.Count; i++)
        {
            var id = $"eip-{StoreContractData.MixedSuffixes[i]}";
            var at = start.AddSeconds(i == 1 ? 1 : i == 5 ? -1 : 0);
            await InsertAsync(account, id, $"203.0.113.{30 + i}", e => e with { AllocationTime = at });
            allocated.Add((id, at));
        }

        var expected = allocated.OrderByDescending(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
        foreach (var size in new[] { 1, 3, expected.Count })
        {
            for (var number = 1; number <= (expected.Count + size - 1) / size + 1; number++)
            {
                var page = await Store.ReadAsync(s => s.Eips.QueryAsync(new EipQuery(account, Region) { PageNumber = number, PageSize = size }), CancellationToken.None);
                Assert.Equal(expected.Skip((number - 1) * size).Take(size), page.Items.Select(e => e.AllocationId));
                Assert.Equal(expected.Count, page.TotalCount);
            }
        }
    }

    [SkippableFact]
    public async Task The_quota_count_and_the_whole_account_total_follow_every_allocation_release_recovery_and_change_of_billing()
    {
        var account = await NewAccountAsync();
        var other = await NewAccountAsync();
        var postPaid = new List<string>();
        for (var i = 0; i < 3; i++)
            postPaid.Add(await InsertAsync(account, $"eip-post{i}", $"203.0.113.{60 + i}"));
        var prePaid = await InsertAsync(account, "eip-pre", "203.0.113.70", e => e with { InstanceChargeType = ChargeTypes.PrePaid });
        await InsertAsync(account, "eip-managed", "203.0.113.71", e => e with { ServiceManagedBy = "alb-test" });
        await InsertAsync(other, "eip-other", "203.0.113.72");

        async Task AssertCountsAsync(int quotaCounted, int total)
        {
            Assert.Equal(quotaCounted, await Store.ReadAsync(s => s.Eips.CountActiveAsync(account, Region, ChargeTypes.PostPaid), CancellationToken.None));
            var page = await Store.ReadAsync(s => s.Eips.QueryAsync(new EipQuery(account, Region) { PageSize = 1 }), CancellationToken.None);
            Assert.Equal(total, page.TotalCount);
            var everyPage = await Store.ReadAsync(s => s.Eips.QueryAsync(new EipQuery(account, Region) { PageSize = 50 }), CancellationToken.None);
            Assert.Equal(total, everyPage.Items.Count);
        }

        await AssertCountsAsync(quotaCounted: 3, total: 5);
        await UpdateAsync(account, postPaid[0], e => e with { ReleasedTime = Clock.GetUtcNow() });
        await AssertCountsAsync(quotaCounted: 2, total: 4);
        await Store.WriteAsync<Unit>(null, async s =>
        {
            var released = await s.Eips.FindReleasedAsync(account, postPaid[0]) ?? throw new InvalidOperationException("not released");
            await s.Eips.UpdateAsync(released with { ReleasedTime = null });
            return Unit.Value;
        }, CancellationToken.None);
        await AssertCountsAsync(quotaCounted: 3, total: 5);
        await UpdateAsync(account, prePaid, e => e with { InstanceChargeType = ChargeTypes.PostPaid });
        await AssertCountsAsync(quotaCounted: 4, total: 5);

        // A write rolled back leaves the counts as they were.
        await Store.WriteAsync<Unit>(null, async s =>
        {
            var eip = await s.Eips.FindAsync(account, postPaid[1]) ?? throw new InvalidOperationException("missing");
            await s.Eips.UpdateAsync(eip with { ReleasedTime = Clock.GetUtcNow() });
            return new Error("Refused", "rolled back");
        }, CancellationToken.None);
        await AssertCountsAsync(quotaCounted: 4, total: 5);
        Assert.Equal(1, await Store.ReadAsync(s => s.Eips.CountActiveAsync(other, Region, ChargeTypes.PostPaid), CancellationToken.None));
    }

    private async Task UpdateAsync(string account, string id, Func<Eip, Eip> change) =>
        await Store.WriteAsync<Unit>(null, async s =>
        {
            var eip = await s.Eips.FindAsync(account, id) ?? throw new InvalidOperationException($"{id} is not stored");
            await s.Eips.UpdateAsync(change(eip));
            return Unit.Value;
        }, CancellationToken.None);

    private async Task<string> NewAccountAsync()
    {
        var account = new Account(Guid.NewGuid().ToString("N")[..16], "contract", false, Clock.GetUtcNow());
        await Store.WriteAsync<Unit>(null, async s =>
        {
            await s.Accounts.InsertAsync(account);
            await ResourceGroupPlacement.CreateDefaultAsync(s, account.AccountId, Clock.GetUtcNow());
            return Unit.Value;
        }, CancellationToken.None);
        return account.AccountId;
    }

    private async Task<string> InsertAsync(string account, string id, string address, Func<Eip, Eip>? change = null)
    {
        var eip = BindingTestData.Eip(id, address) with { AccountId = account, AllocationTime = Clock.GetUtcNow(), IdleSince = Clock.GetUtcNow() };
        await Store.WriteAsync<Unit>(null, async s =>
        {
            await s.Eips.InsertAsync(change?.Invoke(eip) ?? eip);
            return Unit.Value;
        }, CancellationToken.None);
        return id;
    }

    private static EipBinding Binding(string id, string account, string instanceId) => new()
    {
        AllocationId = id,
        AccountId = account,
        RegionId = Region,
        InstanceType = BindingTargetTypes.EcsInstance,
        InstanceId = instanceId,
        Mode = BindingModes.Nat,
        ExclusiveTarget = $"{BindingTargetTypes.EcsInstance}:{instanceId}",
        BoundAt = DateTimeOffset.UnixEpoch,
    };

    private Task<string> BindAsync(string id, string instanceId) =>
        TransitionAsync(id, e => e.Associate(Binding(id, e.AccountId, instanceId) with { BoundAt = Clock.GetUtcNow() }, Clock.GetUtcNow()).Value);

    private Task<string> StartUnbindAsync(string id) => TransitionAsync(id, e => e.StartUnbind(Clock.GetUtcNow()).Value);

    private async Task<string> TransitionAsync(string id, Func<Eip, Eip> transition)
    {
        await Store.WriteAsync<Unit>(null, async s =>
        {
            var before = await s.Eips.FindAnyAsync(id) ?? throw new InvalidOperationException($"{id} is not stored");
            await s.Eips.SaveBindingAsync(before, transition(before));
            return Unit.Value;
        }, CancellationToken.None);
        return id;
    }

    private async Task<string> ConfirmAsync(string id)
    {
        await Store.WriteAsync<bool>(null, async s =>
        {
            var eip = await s.Eips.FindAnyAsync(id) ?? throw new InvalidOperationException($"{id} is not stored");
            return await s.Eips.ConfirmAsync(eip.AllocationId, eip.Generation);
        }, CancellationToken.None);
        return id;
    }

    private Task ReleaseAsync(string account, string id, DateTimeOffset at) =>
        Store.WriteAsync<Unit>(null, async s =>
        {
            var eip = await s.Eips.FindAsync(account, id) ?? throw new InvalidOperationException($"{id} is not stored");
            await s.Eips.UpdateAsync(eip.ReleasedAt(at));
            return Unit.Value;
        }, CancellationToken.None);

    public void Dispose()
    {
        DisposeStore();
        GC.SuppressFinalize(this);
    }
}
