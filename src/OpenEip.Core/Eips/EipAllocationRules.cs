using OpenEip.Core.Errors;
using OpenEip.Core.Regions;

namespace OpenEip.Core.Eips;

/// <summary>
/// The cross-field rules of allocation and modification (wire-protocol.md §5): bandwidth ranges
/// per billing method, and what a subscription needs.
/// </summary>
public static class EipAllocationRules
{
    public const int DefaultBandwidth = 5;

    public static (int Min, int Max) BandwidthRange(string instanceChargeType, string internetChargeType) =>
        instanceChargeType == ChargeTypes.PrePaid ? (1, 1000)
        : internetChargeType == ChargeTypes.PayByTraffic ? (1, 200)
        : (1, 500);

    public static Error? ValidateBandwidth(int bandwidth, string instanceChargeType, string internetChargeType)
    {
        var (min, max) = BandwidthRange(instanceChargeType, internetChargeType);
        return bandwidth < min || bandwidth > max
            ? ApiErrors.InvalidParameter("Bandwidth", $"with {instanceChargeType} and {internetChargeType} the bandwidth is {min} to {max} Mbit/s, not {bandwidth}.")
            : null;
    }

    /// <summary>
    /// A line type the region offers: BGP_PRO only where the region catalogue says so (Alibaba: Hong Kong,
    /// Singapore, Tokyo, Kuala Lumpur, Manila, Jakarta, Bangkok). IllegalParam.Isp is Alibaba's code for a bad ISP.
    /// </summary>
    public static Error? ValidateIsp(string isp, Region region) =>
        isp == Isps.BgpPro && !region.SupportsBgpPro
            ? new Error("IllegalParam.Isp", $"The param of ISP is illegal: {Isps.BgpPro} is not offered in {region.RegionId}; use BGP, or allocate in a region that offers BGP (Multi-ISP) Pro.")
            : null;

    public static Error? ValidateSubscription(string instanceChargeType, string internetChargeType, int? period, string? pricingCycle)
    {
        if (instanceChargeType != ChargeTypes.PrePaid)
            return null;
        if (internetChargeType != ChargeTypes.PayByBandwidth)
            return ApiErrors.InvalidParameter("InternetChargeType", "a subscription (PrePaid) EIP is billed by bandwidth: use PayByBandwidth.");
        if (pricingCycle is null)
            return ApiErrors.MissingParameter("PricingCycle");
        if (period is null)
            return ApiErrors.MissingParameter("Period");
        var max = pricingCycle == ChargeTypes.Year ? 5 : 9;
        return period < 1 || period > max
            ? ApiErrors.InvalidParameter("Period", $"with PricingCycle={pricingCycle} the period is 1 to {max}, not {period}.")
            : null;
    }

    /// <summary>A subscription's end: the start plus the period, at a whole minute (Alibaba reports minutes).</summary>
    public static DateTimeOffset ExpiryOf(DateTimeOffset start, int period, string pricingCycle)
    {
        var end = pricingCycle == ChargeTypes.Year ? start.AddYears(period) : start.AddMonths(period);
        return new DateTimeOffset(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, TimeSpan.Zero);
    }
}
