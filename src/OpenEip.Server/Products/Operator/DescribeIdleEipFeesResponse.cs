using OpenEip.Core.UseCases.Billing;

namespace OpenEip.Server.Products.Operator;

/// <summary>Fees as numbers (4 decimals), one entry per account that has pay-as-you-go EIPs.</summary>
public sealed record DescribeIdleEipFeesResponse(decimal PricePerHour, IdleFeeAccountList Accounts)
{
    public static DescribeIdleEipFeesResponse From(IdleFeeReport report) => new(
        report.PricePerHour,
        new IdleFeeAccountList(report.Eips.GroupBy(e => e.AccountId).Select(g => new IdleFeeAccountItem(
            g.Key,
            g.Sum(e => e.Fee),
            new IdleEipList(g.Select(e => new IdleEipItem(e.AllocationId, e.IpAddress, e.RegionId, e.Status,
                e.IdleSince is { } since ? WireTime.Seconds(since) : "", e.IdleHours, e.Fee, e.SuggestRelease)).ToList()))).ToList()));
}
