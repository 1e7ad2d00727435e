using OpenEip.Core.Eips;
using OpenEip.Core.Tags;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>
/// One EIP as DescribeEipAddresses reports it: every field of the SDK model, with the model's JSON
/// types (Bandwidth is a string, DeletionProtection a boolean, ServiceManaged a number), plus the two
/// fields older clients read that the current model dropped: AvailableRegions and the misspelt Descritpion
/// (Terraform's alicloud_eip_addresses data source reads both without checking).
/// </summary>
public sealed record EipAddressItem
{
    public required string AllocationId { get; init; }
    public required string IpAddress { get; init; }
    public required string Status { get; init; }
    public string InstanceId { get; init; } = "";
    public string InstanceType { get; init; } = "";
    public string InstanceRegionId { get; init; } = "";
    public string Mode { get; init; } = "";
    public string PrivateIpAddress { get; init; } = "";
    public required string RegionId { get; init; }

    /// <summary>The regions the EIP can be used in: its own. An object holding a string array, as the v1 SDK models it.</summary>
    public required AvailableRegionList AvailableRegions { get; init; }
    public required string ChargeType { get; init; }
    public required string InternetChargeType { get; init; }
    public required string Bandwidth { get; init; }
    public required string EipBandwidth { get; init; }
    public string BandwidthPackageId { get; init; } = "";
    public string BandwidthPackageType { get; init; } = "";
    public string BandwidthPackageBandwidth { get; init; } = "";
    public required string AllocationTime { get; init; }
    public required string ExpiredTime { get; init; }
    public required string ISP { get; init; }
    public required string Netmode { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>Alibaba's own misspelling of Description, documented and still read by Terraform's data source.</summary>
    public required string Descritpion { get; init; }
    public required string ResourceGroupId { get; init; }
    public required bool DeletionProtection { get; init; }
    public bool SecondLimited { get; init; }
    public int ServiceManaged { get; init; }
    public string HDMonitorStatus { get; init; } = HighDefinitionMonitor.OffStatus;
    public string HasReservationData { get; init; } = "false";
    public string BusinessStatus { get; init; } = "Normal";
    public string BizType { get; init; } = "";
    public LockReasonList OperationLocks { get; init; } = new([]);
    public required TagList Tags { get; init; }
    public required SecurityProtectionTypeList SecurityProtectionTypes { get; init; }
    public string ReservationActiveTime { get; init; } = "";
    public string ReservationBandwidth { get; init; } = "";
    public string ReservationInternetChargeType { get; init; } = "";
    public string ReservationOrderType { get; init; } = "";
    public string SegmentInstanceId { get; init; } = "";
    public string PublicIpAddressPoolId { get; init; } = "";
    public string VpcId { get; init; } = "";
    public string Zone { get; init; } = "";

    public static EipAddressItem From(Eip eip, IReadOnlyList<Tag> tags)
    {
        // R-LB-2: an ALB's or NLB's own EIP shows as in use by it, and as service-managed.
        var managed = eip.ServiceManagedBy.Length > 0;
        var binding = eip.Binding;
        return new EipAddressItem
        {
            AllocationId = eip.AllocationId,
            IpAddress = eip.IpAddress,
            Status = eip.Status,
            InstanceId = managed ? eip.ServiceManagedBy : binding?.InstanceId ?? "",
            InstanceType = managed ? eip.ServiceManagedBy.Split('-')[0].ToUpperInvariant() : binding?.InstanceType ?? "",
            InstanceRegionId = managed ? eip.RegionId : binding?.RegionId ?? "",
            // Unbound: the mode ModifyEipForwardMode set on the EIP, if any (Terraform's alicloud_eip_address reads it back).
            Mode = binding?.Mode ?? eip.ForwardMode,
            PrivateIpAddress = binding?.DescribedPrivateIpAddress ?? "",
            VpcId = binding?.DescribedVpcId ?? "",
            ServiceManaged = managed ? 1 : 0,
            RegionId = eip.RegionId,
            AvailableRegions = new AvailableRegionList([eip.RegionId]),
            ChargeType = eip.InstanceChargeType,
            InternetChargeType = eip.InternetChargeType,
            Bandwidth = eip.Bandwidth.ToString(),
            EipBandwidth = eip.Bandwidth.ToString(),
            AllocationTime = WireTime.Seconds(eip.AllocationTime),
            ExpiredTime = WireTime.Minutes(eip.ExpiredTime),
            ISP = eip.Isp,
            Netmode = eip.Netmode,
            Name = eip.Name,
            Description = eip.Description,
            Descritpion = eip.Description,
            ResourceGroupId = eip.ResourceGroupId,
            DeletionProtection = eip.DeletionProtection,
            HDMonitorStatus = eip.HighDefinitionMonitor.Status,
            Zone = eip.Zone,
            BusinessStatus = eip.LockReason == "financial" ? "FinancialLocked" : "Normal",
            OperationLocks = new LockReasonList(eip.IsLocked ? [new LockReasonItem(eip.LockReason)] : []),
            Tags = new TagList(tags.Select(t => new TagItem(t.Key, t.Value)).ToList()),
            SecurityProtectionTypes = new SecurityProtectionTypeList(eip.SecurityProtectionTypes),
        };
    }
}
