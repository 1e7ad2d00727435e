using OpenEip.Core.Billing;
using OpenEip.Core.Eips;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.DataPlane;
using OpenEip.Tests.UseCases;

namespace OpenEip.Tests.Billing;

/// <summary>The billing sweep keeps the calendar even when it runs late: what fell due while it was not running happened on time.</summary>
public sealed class BillingSweepTests : IDisposable
{
    private readonly EipTestBed _bed = new();
    private readonly BillingPolicy _policy = BillingPolicy.Default;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task RunOnce_AtExpiry_LocksTheSubscriptionEipAsOfItsExpiredTime()
    {
        var (account, id, expiry) = await PrePaidEipAsync();
        _bed.Clock.SetUtcNow(expiry + TimeSpan.FromHours(1));

        var (locked, released) = await Sweep().RunOnceAsync(CancellationToken.None);

        var eip = (await _bed.FindAsync(account, id))!;
        Assert.Equal((1, 0), (locked, released));
        Assert.Equal(LockReasons.Financial, eip.LockReason);
        Assert.Equal(expiry, eip.LockedAt);
    }

    [Fact]
    public async Task RunOnce_LongAfterExpiry_ReleasesAtExpiryPlusGrace_SoTheRecoveryWindowMayHavePassed()
    {
        var (account, id, expiry) = await PrePaidEipAsync();
        _bed.Clock.SetUtcNow(expiry + _policy.ReleaseGracePeriod + TimeSpan.FromDays(8));

        var (locked, released) = await Sweep().RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1), (locked, released));
        var gone = await _bed.Store.ReadAsync(s => s.Eips.FindReleasedAsync(account, id), CancellationToken.None);
        Assert.Equal(expiry + _policy.ReleaseGracePeriod, gone!.ReleasedTime);
        var recovery = await _bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region) { RecoverAllocationId = id }, null, CancellationToken.None);
        Assert.Equal("ReserveIpFail", recovery.Error?.Code);
    }

    [Fact]
    public async Task RunOnce_Twice_ChangesNothingTheSecondTime()
    {
        var (_, _, expiry) = await PrePaidEipAsync();
        _bed.Clock.SetUtcNow(expiry + TimeSpan.FromMinutes(1));
        await Sweep().RunOnceAsync(CancellationToken.None);
        Assert.Equal((0, 0), await Sweep().RunOnceAsync(CancellationToken.None));
    }

    private BillingSweep Sweep() => new(_bed.Store, _policy, new ReconcileSignal(), _bed.Clock);

    private async Task<(string Account, string AllocationId, DateTimeOffset Expiry)> PrePaidEipAsync()
    {
        var account = await _bed.NewAccountAsync();
        var eip = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region)
        {
            InstanceChargeType = ChargeTypes.PrePaid, Period = 1, PricingCycle = ChargeTypes.Month,
        });
        var stored = (await _bed.FindAsync(account, eip.AllocationId))!;
        return (account, eip.AllocationId, stored.ExpiredTime!.Value);
    }
}
