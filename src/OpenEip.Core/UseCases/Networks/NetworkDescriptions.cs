using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>
/// One VPC or one vSwitch with what its Describe calls report, read in the caller's session: shared by
/// DescribeVpcs, DescribeVpcAttribute, DescribeRouteTables (a route table is reported through its VPC),
/// DescribeVSwitches and DescribeVSwitchAttributes, so they cannot report the same resource differently.
/// </summary>
public static class NetworkDescriptions
{
    public static async Task<DescribedVpc> VpcAsync(IStoreSession session, Vpc vpc)
    {
        var vSwitchIds = (await session.Networks.ListVSwitchesOfVpcAsync(vpc.VpcId)).Select(v => v.VSwitchId).ToList();
        var natGatewayIds = (await session.NatGateways.ListOfVpcAsync(vpc.VpcId)).Select(g => g.NatGatewayId).ToList();
        var tags = await session.Tags.GetAsync(ResourceTypes.Vpc, [vpc.VpcId]);
        return new DescribedVpc(vpc, vSwitchIds, natGatewayIds, tags.GetValueOrDefault(vpc.VpcId, []));
    }

    /// <summary>The vSwitch with its free addresses (usable ones less those any owner holds) and its VPC's route table and resource group.</summary>
    public static async Task<DescribedVSwitch> VSwitchAsync(IStoreSession session, VSwitch vSwitch)
    {
        var usable = CidrRules.UsableCount(Ipv4Block.Parse(vSwitch.CidrBlock)!.Value);
        var vpc = await session.Networks.FindVpcAsync(vSwitch.AccountId, vSwitch.VpcId);
        var tags = await session.Tags.GetAsync(ResourceTypes.VSwitch, [vSwitch.VSwitchId]);
        return new DescribedVSwitch(vSwitch, usable - await session.PrivateIps.CountUsedAsync(vSwitch.VSwitchId), vpc?.RouteTableId ?? "", vpc?.ResourceGroupId ?? "")
        {
            Tags = tags.GetValueOrDefault(vSwitch.VSwitchId, []),
        };
    }
}
