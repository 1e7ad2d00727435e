using System.Text.Json.Serialization;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Server.Products.Ecs.SecurityGroups;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>
/// An ENI as DescribeNetworkInterfaces (and CreateNetworkInterface) report it. The objects Terraform's
/// provider indexes into without checking (PrivateIpSets, Ipv6Sets, Ipv4PrefixSets, SecurityGroupIds)
/// are always present; QueueNumber is left out (queues are not modelled), which the provider reads as 0.
/// </summary>
public sealed record NetworkInterfaceItem
{
    public required string NetworkInterfaceId { get; init; }
    public required string NetworkInterfaceName { get; init; }
    public required string Description { get; init; }
    public required string Status { get; init; }
    public required string Type { get; init; }
    public required string VpcId { get; init; }
    public required string VSwitchId { get; init; }
    public required string ZoneId { get; init; }
    public required string PrivateIpAddress { get; init; }
    public required string MacAddress { get; init; }
    public required string InstanceId { get; init; }
    public required SecurityGroupIdList SecurityGroupIds { get; init; }
    public required PrivateIpSetList PrivateIpSets { get; init; }
    public required string CreationTime { get; init; }
    public required string OwnerId { get; init; }
    public required string ResourceGroupId { get; init; }
    public bool ServiceManaged { get; init; }
    public bool DeleteOnRelease { get; init; }
    public bool SourceDestCheck { get; init; }
    public required AssociatedPublicIp AssociatedPublicIp { get; init; }
    public Ipv6SetList Ipv6Sets { get; init; } = new([]);
    public Ipv4PrefixSetList Ipv4PrefixSets { get; init; } = new([]);
    public Ipv6PrefixSetList Ipv6PrefixSets { get; init; } = new([]);
    public string NetworkInterfaceTrafficMode { get; init; } = "Standard";
    public EniTagList Tags { get; init; } = new([]);

    /// <summary>Present while the ENI has an instance (attaching, attached, detaching); absent, never null, otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EniAttachment? Attachment { get; init; }

    /// <summary>
    /// OpenEip's own field (SDK models skip it): false while a BINDED EIP replaces the private address
    /// (R-BIND-4), or after one was released under the ENI until it is detached and attached again (R-BIND-8).
    /// </summary>
    public bool PrivateTrafficEnabled { get; init; } = true;

    public static NetworkInterfaceItem From(DescribedNetworkInterface described)
    {
        var eni = described.NetworkInterface;
        return new NetworkInterfaceItem
        {
            NetworkInterfaceId = eni.NetworkInterfaceId,
            NetworkInterfaceName = eni.NetworkInterfaceName,
            Description = eni.Description,
            Status = described.Status,
            Type = eni.Type,
            VpcId = eni.VpcId,
            VSwitchId = eni.VSwitchId,
            ZoneId = eni.ZoneId,
            PrivateIpAddress = eni.PrimaryIpAddress,
            MacAddress = eni.MacAddress,
            InstanceId = described.InstanceId,
            SecurityGroupIds = new SecurityGroupIdList(eni.SecurityGroupIds),
            PrivateIpSets = PrivateIpSetList.From(described),
            CreationTime = WireTime.Seconds(eni.CreationTime),
            OwnerId = eni.AccountId,
            ResourceGroupId = eni.ResourceGroupId,
            DeleteOnRelease = eni.IsPrimary,
            AssociatedPublicIp = AssociatedPublicIp.Of(described.EipOn(eni.PrimaryIpAddress)),
            PrivateTrafficEnabled = !eni.PrivateTrafficDisabled,
            Tags = new EniTagList(described.Tags.Select(t => new EniTagItem(t.Key, t.Value)).ToList()),
            Attachment = described.InstanceId.Length > 0 ? new EniAttachment(described.InstanceId, 0, "") : null,
        };
    }
}
