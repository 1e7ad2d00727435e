using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEip.Core.Associations;
using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Tests.UseCases;

namespace OpenEip.Tests.DataPlane;

/// <summary>Spec and status: the reconciler confirms what the API wrote, never what it has since replaced.</summary>
public sealed class ReconcilerTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private readonly EipTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task RunOnce_BeforeTheDelay_LeavesTheEipAssociatingAndSaysWhenToComeBack()
    {
        var (account, id) = await BoundEipAsync("i-one");
        var next = await Reconciler().RunOnceAsync(CancellationToken.None);

        Assert.Equal(EipStatus.Associating, (await _bed.FindAsync(account, id))!.Status);
        Assert.Equal(_bed.Clock.GetUtcNow() + Delay, next);
    }

    [Fact]
    public async Task RunOnce_AfterTheDelay_ConfirmsTheBindingAndFindsNothingMore()
    {
        var (account, id) = await BoundEipAsync("i-one");
        _bed.Clock.Advance(Delay);
        var next = await Reconciler().RunOnceAsync(CancellationToken.None);

        var eip = (await _bed.FindAsync(account, id))!;
        Assert.Equal(EipStatus.InUse, eip.Status);
        Assert.Equal(eip.Generation, eip.ObservedGeneration);
        Assert.Null(next);
    }

    [Fact]
    public async Task Confirm_OfAGenerationSinceReplaced_ChangesNothing()
    {
        var (account, id) = await BoundEipAsync("i-one");
        var pending = await _bed.Store.ReadAsync(s => s.Eips.ListPendingAsync(10), CancellationToken.None);
        await StartUnbindAsync(id);

        // The store's guard: a confirmation of the generation before the unbind is refused.
        var confirmed = await _bed.Store.WriteAsync<bool>(null, async s => await s.Eips.ConfirmAsync(id, pending.Single().Generation), CancellationToken.None);

        Assert.False(confirmed.Value);
        Assert.Equal(EipStatus.Unassociating, (await _bed.FindAsync(account, id))!.Status);
    }

    [Fact]
    public async Task RunOnce_AfterAnUnbind_RemovesTheBindingSoTheEipIsAvailable()
    {
        var (account, id) = await BoundEipAsync("i-one");
        await StartUnbindAsync(id);
        _bed.Clock.Advance(Delay);
        await Reconciler().RunOnceAsync(CancellationToken.None);

        var eip = (await _bed.FindAsync(account, id))!;
        Assert.Equal(EipStatus.Available, eip.Status);
        Assert.Null(eip.Binding);
    }

    [Fact]
    public async Task Pass_AppliesTheEipChangesBeforeReadingTheNetworks_AndReadsThemOnce()
    {
        var (account, id) = await BoundEipAsync("i-one");
        var driver = new NetworkGatedDriver(networkBuilt: true);

        var next = await GatedReconciler(driver).PassAsync(CancellationToken.None);

        // The hot path: a new binding is carried before the pass reads and fingerprints every network (issue 9's benchmark).
        Assert.Equal([DesiredScope.Eips, DesiredScope.Networks], driver.Passes);
        Assert.Equal(EipStatus.InUse, (await _bed.FindAsync(account, id))!.Status);
        Assert.Null(next);
    }

    [Fact]
    public async Task Pass_OffersTheEipsAgain_WhenTheyWaitedForANetworkThePassBuilt()
    {
        var (account, id) = await BoundEipAsync("i-new");
        var driver = new NetworkGatedDriver(networkBuilt: false);

        await GatedReconciler(driver).PassAsync(CancellationToken.None);

        Assert.Equal([DesiredScope.Eips, DesiredScope.Networks, DesiredScope.Eips], driver.Passes);
        Assert.Equal(EipStatus.InUse, (await _bed.FindAsync(account, id))!.Status);
    }

    [Fact]
    public async Task Store_RefusesASecondActiveBindingOnAnExclusiveTarget_EvenWithoutTheUseCasesChecks()
    {
        await BoundEipAsync("i-same");
        // The unique index, not hope, holds R-ECS-2: SQLITE_CONSTRAINT, or PostgreSQL's unique_violation.
        var error = await Assert.ThrowsAnyAsync<DbException>(() => BoundEipAsync("i-same"));
        Assert.True(error is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: "23505" }, error.ToString());
    }

    [Fact]
    public async Task Store_LetsATargetTakeANewEipWhileTheOldOneIsStillUnassociating()
    {
        var (_, first) = await BoundEipAsync("i-same");
        await StartUnbindAsync(first);
        var (account, second) = await BoundEipAsync("i-same");
        Assert.Equal(EipStatus.Associating, (await _bed.FindAsync(account, second))!.Status);
    }

    private Reconciler GatedReconciler(NetworkGatedDriver driver) =>
        new(new StoreDataPlaneSource(_bed.Store, new DesiredStateReader(_bed.Store, new RegionPools([]))), driver, _bed.Clock);

    private Reconciler Reconciler() => new(new StoreDataPlaneSource(_bed.Store, new DesiredStateReader(_bed.Store, new RegionPools([]))), new NoDataPlaneDriver(Delay), _bed.Clock);

    private async Task<(string Account, string AllocationId)> BoundEipAsync(string instanceId)
    {
        var account = await _bed.NewAccountAsync();
        var eip = await _bed.AllocateOkAsync(account);
        await WriteAsync(async s =>
        {
            var found = (await s.Eips.FindAnyAsync(eip.AllocationId))!;
            await s.Eips.SaveBindingAsync(found, found.Associate(new EipBinding
            {
                AllocationId = eip.AllocationId,
                AccountId = account,
                RegionId = EipTestBed.Region,
                InstanceType = BindingTargetTypes.EcsInstance,
                InstanceId = instanceId,
                Mode = BindingModes.Nat,
                PrivateIpAddress = "10.0.0.5",
                ExclusiveTarget = $"{BindingTargetTypes.EcsInstance}:{instanceId}",
                BoundAt = _bed.Clock.GetUtcNow(),
            }, _bed.Clock.GetUtcNow()).Value);
        });
        return (account, eip.AllocationId);
    }

    private Task StartUnbindAsync(string allocationId) =>
        WriteAsync(async s =>
        {
            var eip = (await s.Eips.FindAnyAsync(allocationId))!;
            await s.Eips.SaveBindingAsync(eip, eip.StartUnbind(_bed.Clock.GetUtcNow()).Value);
        });

    private Task WriteAsync(Func<IStoreSession, Task> work) =>
        _bed.Store.WriteAsync<Unit>(null, async s =>
        {
            await work(s);
            return Unit.Value;
        }, CancellationToken.None);
}
