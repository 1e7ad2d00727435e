using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Tests.UseCases;

public sealed class AllocateEipTests
{
    [Fact]
    public async Task Allocate_200ConcurrentCalls_NeverGiveOneAddressTwice()
    {
        using var bed = new EipTestBed(poolSize: 250);
        var account = await bed.NewAccountAsync();
        await bed.SetQuotaAsync(account, QuotaNames.EipPostPaidPerRegion, 1000);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => bed.AllocateOkAsync(account))));

        Assert.Equal(200, results.Select(r => r.EipAddress).Distinct().Count());
        Assert.Equal(200, results.Select(r => r.AllocationId).Distinct().Count());
        Assert.All(results, r => Assert.Contains(r.EipAddress, bed.Pool));
    }

    [Fact]
    public async Task R_LIFE_9_the_21st_pay_as_you_go_eip_in_a_region_is_refused()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        for (var i = 0; i < 20; i++)
            await bed.AllocateOkAsync(account);

        var refused = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region), null, CancellationToken.None);
        var prepaid = await bed.Allocate.ExecuteAsync(
            new AllocateEipCommand(account, EipTestBed.Region) { InstanceChargeType = ChargeTypes.PrePaid, Period = 1, PricingCycle = ChargeTypes.Month },
            null, CancellationToken.None);

        Assert.Equal("QuotaExceeded.Eip", refused.Error?.Code);
        Assert.True(prepaid.IsSuccess, "subscription EIPs do not count against the pay-as-you-go quota");
    }

    [Fact]
    public async Task R_LIFE_9_racing_allocations_never_exceed_the_quota()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        await bed.SetQuotaAsync(account, QuotaNames.EipPostPaidPerRegion, 5);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() =>
            bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region), null, CancellationToken.None))));

        Assert.Equal(5, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("QuotaExceeded.Eip", r.Error!.Code));
    }

    [Fact]
    public async Task Allocate_PoolExhausted_IsAClearError()
    {
        using var bed = new EipTestBed(poolSize: 2);
        var account = await bed.NewAccountAsync();
        await bed.AllocateOkAsync(account);
        await bed.AllocateOkAsync(account);

        var result = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region), null, CancellationToken.None);

        Assert.Equal("ResourceNotEnough.EipAddress", result.Error?.Code);
    }

    [Fact]
    public async Task Allocate_PrePaid_GetsAnExpiryAtTheEndOfThePeriod()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();

        var eip = await bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region)
        {
            InstanceChargeType = ChargeTypes.PrePaid, Period = 3, PricingCycle = ChargeTypes.Month,
        });

        Assert.Equal(new DateTimeOffset(2026, 4, 10, 8, 0, 0, TimeSpan.Zero), (await bed.FindAsync(account, eip.AllocationId))!.ExpiredTime);
    }

    [Theory]
    [InlineData("PostPaid", "PayByBandwidth", 501)]
    [InlineData("PostPaid", "PayByTraffic", 201)]
    [InlineData("PrePaid", "PayByBandwidth", 1001)]
    [InlineData("PostPaid", "PayByBandwidth", 0)]
    public async Task Allocate_BandwidthOutsideTheBillingRange_IsInvalid(string instanceCharge, string internetCharge, int bandwidth)
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();

        var result = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region)
        {
            InstanceChargeType = instanceCharge, InternetChargeType = internetCharge, Bandwidth = bandwidth, Period = 1, PricingCycle = "Month",
        }, null, CancellationToken.None);

        Assert.Equal("InvalidParameter", result.Error?.Code);
        Assert.Contains("Bandwidth", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_EIP_10_same_client_token_returns_the_first_result_and_other_parameters_are_refused()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var key = new IdempotencyKey(account, "token-1", "fingerprint-a");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region), key, CancellationToken.None))));
        var mismatch = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region), key with { Fingerprint = "fingerprint-b" }, CancellationToken.None);
        var described = await bed.Describe.ExecuteAsync(new EipQuery(account, EipTestBed.Region), CancellationToken.None);

        Assert.Single(attempts.Select(a => a.Value.AllocationId).Distinct());
        Assert.Equal(1, described.Value.Page.TotalCount);
        Assert.Equal("IdempotentParameterMismatch", mismatch.Error?.Code);
    }

    [Fact]
    public async Task Store_Reopened_KeepsEveryAcknowledgedAllocation()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();
        var eip = await bed.AllocateOkAsync(account);

        var reopened = bed.Reopen();
        var found = await reopened.ReadAsync(s => s.Eips.FindAsync(account, eip.AllocationId), CancellationToken.None);

        Assert.Equal(eip.EipAddress, found?.IpAddress);
    }

    [Fact]
    public async Task Allocate_OrderId_OnlyForASubscription()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();

        var postPaid = await bed.AllocateOkAsync(account);
        var prePaid = await bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region)
        {
            InstanceChargeType = ChargeTypes.PrePaid,
            Period = 1,
            PricingCycle = ChargeTypes.Month,
        });

        Assert.Null(postPaid.OrderId);
        Assert.NotNull(prePaid.OrderId);
    }

    [Fact]
    public async Task Allocate_Zone_IsStoredAsGiven_AndMustBeAZoneOfTheRegion()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();

        var inZone = await bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { Zone = "cn-hangzhou-h" });
        var elsewhere = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region) { Zone = "cn-shanghai-b" }, null, CancellationToken.None);

        Assert.Equal("cn-hangzhou-h", (await bed.FindAsync(account, inZone.AllocationId))!.Zone);
        Assert.Equal("InvalidZoneId.NotFound", elsewhere.Error?.Code);
    }

    [Fact]
    public async Task Allocate_BgpPro_OutsideItsRegions_IsIllegalParamIsp()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();

        var refused = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region) { Isp = Isps.BgpPro }, null, CancellationToken.None);

        Assert.Equal("IllegalParam.Isp", refused.Error?.Code);
    }

    [Fact]
    public async Task Allocate_UnknownRegion_IsForbiddenRegionNotFound()
    {
        using var bed = new EipTestBed();
        var account = await bed.NewAccountAsync();

        var refused = await bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, "xx-nowhere-9"), null, CancellationToken.None);

        Assert.Equal("Forbidden.RegionNotFound", refused.Error?.Code);
    }
}
