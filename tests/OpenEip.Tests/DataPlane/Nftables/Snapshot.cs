using OpenEip.Core.Associations;
using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>A hand-made desired state: region pools, VPCs, and EIPs bound in every way the store resolves them.</summary>
internal sealed class Snapshot
{
    public const string Region = "cn-hangzhou";
    public const string Pool = "203.0.113.0/24";

    public List<RegionPool> Pools { get; } = [new(Region, [Pool])];
    public List<VpcBuilder> Vpcs { get; } = [];
    public List<EipDesired> Eips { get; } = [];

    public VpcBuilder Vpc(string id, string cidr = "10.0.0.0/16", string region = Region)
    {
        var vpc = new VpcBuilder(id, region, cidr);
        Vpcs.Add(vpc);
        return vpc;
    }

    public EipDesired Ecs(string allocationId, string address, VpcBuilder vpc, string instanceId, string eniId, string privateIp, long generation = 1) =>
        Add(new EipDesired
        {
            AllocationId = allocationId, IpAddress = address, RegionId = vpc.Region, Generation = generation, Unbinding = false,
            Delivery = EipDelivery.Nat, VpcId = vpc.Id, PrivateIp = privateIp, NetworkInterfaceId = eniId,
            TargetType = BindingTargetTypes.EcsInstance, TargetId = instanceId,
        });

    public EipDesired Eni(string allocationId, string address, VpcBuilder vpc, string eniId, string privateIp, EipDelivery delivery = EipDelivery.Nat, long generation = 1) =>
        Add(new EipDesired
        {
            AllocationId = allocationId, IpAddress = address, RegionId = vpc.Region, Generation = generation, Unbinding = false,
            Delivery = delivery, VpcId = vpc.Id, PrivateIp = privateIp, NetworkInterfaceId = eniId,
            TargetType = BindingTargetTypes.NetworkInterface, TargetId = eniId,
        });

    public EipDesired Target(string allocationId, string address, VpcBuilder vpc, string targetType, string targetId, string privateIp, long generation = 1) =>
        Add(new EipDesired
        {
            AllocationId = allocationId, IpAddress = address, RegionId = vpc.Region, Generation = generation, Unbinding = false,
            Delivery = targetType == BindingTargetTypes.Nat ? EipDelivery.NatGateway : EipDelivery.Nat, VpcId = vpc.Id, PrivateIp = privateIp,
            TargetType = targetType, TargetId = targetId,
        });

    public DesiredState Build(DesiredScope scope = DesiredScope.Full) => new()
    {
        Scope = scope,
        Pools = scope == DesiredScope.Eips ? [] : Pools,
        Vpcs = scope == DesiredScope.Eips ? [] : Vpcs.Select(v => v.Build()).ToList(),
        Eips = scope == DesiredScope.Networks ? [] : Eips,
    };

    private EipDesired Add(EipDesired eip)
    {
        Eips.Add(eip);
        return eip;
    }
}
