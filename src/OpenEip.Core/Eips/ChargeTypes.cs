namespace OpenEip.Core.Eips;

/// <summary>Billing vocabulary of the EIP API.</summary>
public static class ChargeTypes
{
    public const string PostPaid = "PostPaid";
    public const string PrePaid = "PrePaid";
    public const string PayByBandwidth = "PayByBandwidth";
    public const string PayByTraffic = "PayByTraffic";
    public const string Month = "Month";
    public const string Year = "Year";

    public static readonly IReadOnlyList<string> InstanceChargeTypes = [PostPaid, PrePaid];
    public static readonly IReadOnlyList<string> InternetChargeTypes = [PayByBandwidth, PayByTraffic];
    public static readonly IReadOnlyList<string> PricingCycles = [Month, Year];
}
