using OpenEip.Core.Eips;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>AllocateEipAddress / AllocateEipAddressPro: a new EIP, or the recovery of a released one
/// when <see cref="IpAddress"/> or <see cref="RecoverAllocationId"/> is given.</summary>
public sealed record AllocateEipCommand(string AccountId, string RegionId)
{
    public int? Bandwidth { get; init; }
    public string InternetChargeType { get; init; } = ChargeTypes.PayByBandwidth;
    public string InstanceChargeType { get; init; } = ChargeTypes.PostPaid;
    public int? Period { get; init; }
    public string? PricingCycle { get; init; }
    public string Isp { get; init; } = Isps.Bgp;
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? ResourceGroupId { get; init; }
    public string? IpAddress { get; init; }
    public string? RecoverAllocationId { get; init; }
    public IReadOnlyList<string> SecurityProtectionTypes { get; init; } = [];

    /// <summary>A zone of the region, stored and echoed (Terraform's zone attribute is ForceNew).</summary>
    public string? Zone { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
