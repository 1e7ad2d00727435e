using OpenEip.Core.Compute;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Server.Products.Ecs.NetworkInterfaces;
using OpenEip.Server.Products.Ecs.SecurityGroups;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>One instance as DescribeInstances reports it: the SDK model's fields that describe what OpenEip keeps.</summary>
public sealed record InstanceItem
{
    public required string InstanceId { get; init; }
    public required string InstanceName { get; init; }
    public required string Description { get; init; }
    public required string HostName { get; init; }
    public required string ImageId { get; init; }
    public required string RegionId { get; init; }
    public required string ZoneId { get; init; }
    public required string InstanceType { get; init; }
    public required string InstanceTypeFamily { get; init; }
    public required int Cpu { get; init; }
    public required int Memory { get; init; }
    public required string Status { get; init; }
    public required string InstanceNetworkType { get; init; }
    public required string CreationTime { get; init; }
    public required VpcAttributes VpcAttributes { get; init; }
    public required IpAddressList InnerIpAddress { get; init; }
    public required IpAddressList PublicIpAddress { get; init; }
    public InstanceEipAddress EipAddress { get; init; } = new("", "", 0, "", true);
    public required InstanceNetworkInterfaceList NetworkInterfaces { get; init; }
    public required SecurityGroupIdList SecurityGroupIds { get; init; }
    public string InstanceChargeType { get; init; } = "PostPaid";
    public string InternetChargeType { get; init; } = "PayByTraffic";
    public int InternetMaxBandwidthOut { get; init; }
    public string ResourceGroupId { get; init; } = "";
    public bool DeletionProtection { get; init; }
    public string ExpiredTime { get; init; } = "2099-12-31T15:59Z";
    public string OSType { get; init; } = "linux";
    public bool IoOptimized { get; init; } = true;
    public LockReasonList OperationLocks { get; init; } = new([]);

    public static InstanceItem From(DescribedInstance described, InstanceType? type)
    {
        var instance = described.Instance;
        var primary = described.NetworkInterfaces.FirstOrDefault(e => e.NetworkInterface.IsPrimary);
        return new InstanceItem
        {
            InstanceId = instance.InstanceId,
            InstanceName = instance.InstanceName,
            Description = instance.Description,
            HostName = instance.HostName,
            ImageId = instance.ImageId,
            RegionId = instance.RegionId,
            ZoneId = instance.ZoneId,
            InstanceType = instance.InstanceType,
            InstanceTypeFamily = type?.Family ?? "",
            Cpu = type?.CpuCoreCount ?? 0,
            Memory = (type?.MemorySize ?? 0) * 1024,
            Status = described.Status,
            InstanceNetworkType = instance.NetworkType,
            CreationTime = WireTime.Minutes(instance.CreationTime),
            VpcAttributes = new VpcAttributes(instance.VpcId, instance.VSwitchId, new IpAddressList(primary is null ? [] : [primary.NetworkInterface.PrimaryIpAddress]), ""),
            InnerIpAddress = new IpAddressList(instance.ClassicInnerIpAddress.Length > 0 ? [instance.ClassicInnerIpAddress] : []),
            PublicIpAddress = new IpAddressList(instance.PublicIpAddress.Length > 0 ? [instance.PublicIpAddress] : []),
            NetworkInterfaces = new InstanceNetworkInterfaceList(described.NetworkInterfaces.Select(e => new InstanceNetworkInterfaceItem(
                e.NetworkInterface.NetworkInterfaceId, e.NetworkInterface.Type, e.NetworkInterface.MacAddress, e.NetworkInterface.PrimaryIpAddress,
                PrivateIpSetList.From(e))).ToList()),
            SecurityGroupIds = new SecurityGroupIdList(primary?.NetworkInterface.SecurityGroupIds ?? []),
            InternetMaxBandwidthOut = instance.PublicIpAddress.Length > 0 ? 5 : 0,
            ResourceGroupId = instance.ResourceGroupId,
            EipAddress = described.Eip is { } eip
                ? new InstanceEipAddress(eip.AllocationId, eip.IpAddress, eip.Bandwidth, eip.InternetChargeType, IsSupportUnassociate: true)
                : new InstanceEipAddress("", "", 0, "", true),
        };
    }
}
