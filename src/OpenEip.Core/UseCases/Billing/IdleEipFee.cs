using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>One pay-as-you-go EIP's idle (configuration) fee so far (R-LIFE-2).</summary>
public sealed record IdleEipFee(
    string AccountId,
    string AllocationId,
    string IpAddress,
    string RegionId,
    string Status,
    DateTimeOffset? IdleSince,
    decimal IdleHours,
    decimal Fee,
    bool SuggestRelease)
{
    /// <summary>The fee of <paramref name="eip"/> at <paramref name="now"/>; release is suggested once it has been idle this long without a break.</summary>
    public static IdleEipFee At(Eip eip, decimal pricePerHour, DateTimeOffset now, TimeSpan suggestReleaseAfter)
    {
        var hours = Math.Round((decimal)eip.IdleTimeAt(now).TotalHours, 4);
        var idleNow = eip.IdleSince is { } since ? now - since : TimeSpan.Zero;
        return new IdleEipFee(eip.AccountId, eip.AllocationId, eip.IpAddress, eip.RegionId, eip.Status, eip.IdleSince, hours,
            Math.Round(hours * pricePerHour, 4), eip.IdleSince is not null && idleNow >= suggestReleaseAfter);
    }
}
