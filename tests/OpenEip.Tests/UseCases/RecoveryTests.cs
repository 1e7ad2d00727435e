using OpenEip.Core.Eips;
using OpenEip.Core.Quotas;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Tests.UseCases;

/// <summary>Release and recovery (R-LIFE-3, 4, 6, 7, 8) driven by a fake clock.</summary>
public sealed class RecoveryTests
{
    private static Task<OpenEip.Core.Errors.Result<AllocatedEip>> RecoverAsync(EipTestBed bed, string account, string? ip = null, string? allocationId = null) =>
        bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region) { IpAddress = ip, RecoverAllocationId = allocationId }, null, CancellationToken.None);

    private static async Task ReleaseOkAsync(EipTestBed bed, string account, string allocationId)
    {
        var released = await bed.Release.ExecuteAsync(new ReleaseEipCommand(account, allocationId, null), null, CancellationToken.None);
        Assert.True(released.IsSuccess, released.Error?.ToString());
    }

    [Fact]
    public async Task R_LIFE_6_released_address_is_recovered_by_ip_within_seven_days()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        await ReleaseOkAsync(bed, account, eip.AllocationId);
        bed.Clock.Advance(TimeSpan.FromDays(7));

        var recovered = await RecoverAsync(bed, account, ip: eip.EipAddress);

        Assert.True(recovered.IsSuccess, recovered.Error?.ToString());
        Assert.Equal(eip.EipAddress, recovered.Value.EipAddress);
    }

    [Fact]
    public async Task R_LIFE_6_released_eip_is_recovered_by_its_old_allocation_id()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        await ReleaseOkAsync(bed, account, eip.AllocationId);

        var recovered = await RecoverAsync(bed, account, allocationId: eip.AllocationId);

        Assert.Equal(eip.EipAddress, recovered.Value.EipAddress);
        Assert.NotNull(await bed.FindAsync(account, recovered.Value.AllocationId));
    }

    [Fact]
    public async Task R_LIFE_6_after_seven_days_recovery_fails_with_ReserveIpFail()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        await ReleaseOkAsync(bed, account, eip.AllocationId);
        bed.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        var result = await RecoverAsync(bed, account, ip: eip.EipAddress);

        Assert.Equal("ReserveIpFail", result.Error?.Code);
        Assert.Contains("7 days", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_LIFE_6_another_accounts_released_address_cannot_be_taken()
    {
        using var bed = new EipTestBed();
        var owner = await bed.NewAccountAsync();
        var other = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(owner);
        await ReleaseOkAsync(bed, owner, eip.AllocationId);

        Assert.Equal("ReserveIpFail", (await RecoverAsync(bed, other, ip: eip.EipAddress)).Error?.Code);
        Assert.Equal("ReserveIpFail", (await RecoverAsync(bed, other, allocationId: eip.AllocationId)).Error?.Code);
        Assert.Equal("ReserveIpFail", (await RecoverAsync(bed, owner, ip: bed.Pool[^1])).Error?.Code);
    }

    [Fact]
    public async Task R_LIFE_6_an_address_given_to_someone_else_since_cannot_be_recovered()
    {
        using var bed = new EipTestBed(poolSize: 1);
        var owner = await bed.NewAccountAsync();
        var other = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(owner);
        await ReleaseOkAsync(bed, owner, eip.AllocationId);
        var taken = await bed.AllocateOkAsync(other);

        var result = await RecoverAsync(bed, owner, ip: eip.EipAddress);

        Assert.Equal(eip.EipAddress, taken.EipAddress);
        Assert.Equal("ReserveIpFail", result.Error?.Code);
    }

    [Fact]
    public async Task Allocate_PrefersNeverUsedAddresses_SoReleasedOnesStayRecoverable()
    {
        using var bed = new EipTestBed(poolSize: 3);
        var owner = await bed.NewAccountAsync();
        var other = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(owner);
        await ReleaseOkAsync(bed, owner, eip.AllocationId);

        var next = await bed.AllocateOkAsync(other);

        Assert.NotEqual(eip.EipAddress, next.EipAddress);
    }

    [Fact]
    public async Task R_LIFE_7_recoveries_per_month_are_limited_and_the_count_restarts_next_month()
    {
        using var bed = new EipTestBed(start: new DateTimeOffset(2026, 1, 29, 12, 0, 0, TimeSpan.Zero));
        var account = await bed.NewAccountAsync();
        await bed.SetQuotaAsync(account, QuotaNames.EipRecoverPerMonth, 2);
        var eips = new List<AllocatedEip>();
        for (var i = 0; i < 4; i++)
            eips.Add(await bed.AllocateOkAsync(account));
        foreach (var eip in eips)
            await ReleaseOkAsync(bed, account, eip.AllocationId);

        Assert.True((await RecoverAsync(bed, account, ip: eips[0].EipAddress)).IsSuccess);
        Assert.True((await RecoverAsync(bed, account, ip: eips[1].EipAddress)).IsSuccess);
        Assert.Equal("QuotaExceeded.EipRecover", (await RecoverAsync(bed, account, ip: eips[2].EipAddress)).Error?.Code);

        bed.Clock.Advance(TimeSpan.FromDays(3)); // 1 February: a new month, still within 7 days of the release
        Assert.True((await RecoverAsync(bed, account, ip: eips[2].EipAddress)).IsSuccess);
    }

    [Fact]
    public async Task R_LIFE_8_a_recovered_eip_is_pay_as_you_go_by_traffic_at_5_mbits()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { Bandwidth = 100, Name = "web" });
        await ReleaseOkAsync(bed, account, eip.AllocationId);

        var recovered = await RecoverAsync(bed, account, ip: eip.EipAddress);
        var found = await bed.FindAsync(account, recovered.Value.AllocationId);

        Assert.Equal(ChargeTypes.PostPaid, found!.InstanceChargeType);
        Assert.Equal(ChargeTypes.PayByTraffic, found.InternetChargeType);
        Assert.Equal(5, found.Bandwidth);
    }

    [Fact]
    public async Task R_LIFE_3_a_subscription_eip_cannot_be_released()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region)
        {
            InstanceChargeType = ChargeTypes.PrePaid, Period = 1, PricingCycle = ChargeTypes.Year,
        });

        var result = await bed.Release.ExecuteAsync(new ReleaseEipCommand(account, eip.AllocationId, null), null, CancellationToken.None);

        Assert.Equal("Forbidden.ChargeTypeIsPrepaid", result.Error?.Code);
    }

    [Fact]
    public async Task R_LIFE_4_deletion_protection_blocks_release_until_turned_off()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        await bed.Protect.ExecuteAsync(new SetEipDeletionProtectionCommand(account, eip.AllocationId, null, true), null, CancellationToken.None);

        var blocked = await bed.Release.ExecuteAsync(new ReleaseEipCommand(account, eip.AllocationId, null), null, CancellationToken.None);
        await bed.Protect.ExecuteAsync(new SetEipDeletionProtectionCommand(account, eip.AllocationId, null, false), null, CancellationToken.None);
        var released = await bed.Release.ExecuteAsync(new ReleaseEipCommand(account, eip.AllocationId, null), null, CancellationToken.None);

        Assert.Equal("InvalidOperation.DeletionProtection", blocked.Error?.Code);
        Assert.True(released.IsSuccess);
        Assert.Null(await bed.FindAsync(account, eip.AllocationId));
    }

    [Fact]
    public async Task R_EIP_1_another_accounts_eip_is_not_found()
    {
        using var bed = new EipTestBed();
        var owner = await bed.NewAccountAsync();
        var other = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(owner);

        var result = await bed.Release.ExecuteAsync(new ReleaseEipCommand(other, eip.AllocationId, null), null, CancellationToken.None);

        Assert.Equal("InvalidAllocationId.NotFound", result.Error?.Code);
        Assert.NotNull(await bed.FindAsync(owner, eip.AllocationId));
    }

    [Fact]
    public async Task Release_NamingAnotherRegion_IsNotFound()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);

        var result = await bed.Release.ExecuteAsync(new ReleaseEipCommand(account, eip.AllocationId, "cn-beijing"), null, CancellationToken.None);

        Assert.Equal("InvalidAllocationId.NotFound", result.Error?.Code);
        Assert.NotNull(await bed.FindAsync(account, eip.AllocationId));
    }

    [Fact]
    public async Task R_LIFE_8_a_recovered_eip_comes_back_without_second_level_monitoring()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        var monitoring = new SetHighDefinitionMonitor(bed.Store, OpenEip.Core.Regions.RegionCatalogue.LoadEmbedded());
        var set = await monitoring.ExecuteAsync(new SetHighDefinitionMonitorCommand(account, EipTestBed.Region, eip.AllocationId, "ON", "hdmonitor-cn-hangzhou", "hdmonitor"), null, CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error?.ToString());
        Assert.True((await bed.FindAsync(account, eip.AllocationId))!.HighDefinitionMonitor.IsOn);
        await ReleaseOkAsync(bed, account, eip.AllocationId);

        var recovered = await RecoverAsync(bed, account, allocationId: eip.AllocationId);

        Assert.Equal(HighDefinitionMonitor.Off, (await bed.FindAsync(account, recovered.Value.AllocationId))!.HighDefinitionMonitor);
    }

    [Fact]
    public async Task R_LIFE_8_a_recovered_eip_comes_back_without_the_forward_mode_set_on_it()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);
        await bed.Store.WriteAsync<int>(null, async s =>
        {
            await s.Eips.SetForwardModeAsync(eip.AllocationId, "BINDED");
            return 0;
        }, CancellationToken.None);
        Assert.Equal("BINDED", (await bed.FindAsync(account, eip.AllocationId))!.ForwardMode);
        await ReleaseOkAsync(bed, account, eip.AllocationId);

        var recovered = await RecoverAsync(bed, account, allocationId: eip.AllocationId);

        Assert.True(recovered.IsSuccess, recovered.Error?.ToString());
        Assert.Equal("", (await bed.FindAsync(account, eip.AllocationId))!.ForwardMode);
    }
}
