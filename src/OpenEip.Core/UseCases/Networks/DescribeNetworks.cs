using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVpcs, DescribeVpcAttribute, DescribeVSwitches and DescribeVSwitchAttributes.</summary>
public sealed class DescribeNetworks(IStore store, RegionCatalogue regions)
{
    public async Task<Result<Page<DescribedVpc>>> VpcsAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var page = await session.Networks.QueryVpcsAsync(query);
            var items = new List<DescribedVpc>();
            foreach (var vpc in page.Items)
                items.Add(await DescribeAsync(session, vpc));
            return new Page<DescribedVpc>(items, page.TotalCount);
        }, cancellationToken);
    }

    /// <summary>
    /// DescribeVpcAttribute. Null when the caller has no such VPC in the region: Alibaba answers that with
    /// success and an empty VpcId (Terraform's provider recognises "not found" only that way).
    /// </summary>
    public async Task<Result<DescribedVpc?>> VpcAttributeAsync(string accountId, string regionId, string vpcId, CancellationToken cancellationToken)
    {
        if (regions.Find(regionId) is null)
            return ApiErrors.InvalidRegionId(regionId);
        return await store.ReadAsync(async session =>
        {
            var vpc = await session.Networks.FindVpcAsync(accountId, vpcId);
            return vpc is null || vpc.RegionId != regionId ? null : await DescribeAsync(session, vpc);
        }, cancellationToken);
    }

    public async Task<Result<Page<DescribedVSwitch>>> VSwitchesAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var page = await session.Networks.QueryVSwitchesAsync(query);
            var items = new List<DescribedVSwitch>();
            foreach (var vSwitch in page.Items)
                items.Add(await DescribeAsync(session, vSwitch));
            return new Page<DescribedVSwitch>(items, page.TotalCount);
        }, cancellationToken);
    }

    /// <summary>DescribeVSwitchAttributes. Null when the caller has no such vSwitch in the region (as DescribeVpcAttribute).</summary>
    public async Task<Result<DescribedVSwitch?>> VSwitchAttributesAsync(string accountId, string regionId, string vSwitchId, CancellationToken cancellationToken)
    {
        if (regions.Find(regionId) is null)
            return ApiErrors.InvalidRegionId(regionId);
        return await store.ReadAsync(async session =>
        {
            var vSwitch = await session.Networks.FindVSwitchAsync(accountId, vSwitchId);
            return vSwitch is null || vSwitch.RegionId != regionId ? null : await DescribeAsync(session, vSwitch);
        }, cancellationToken);
    }

    internal static async Task<DescribedVpc> DescribeAsync(IStoreSession session, Vpc vpc)
    {
        var vSwitchIds = (await session.Networks.ListVSwitchesOfVpcAsync(vpc.VpcId)).Select(v => v.VSwitchId).ToList();
        var natGatewayIds = (await session.NatGateways.ListOfVpcAsync(vpc.VpcId)).Select(g => g.NatGatewayId).ToList();
        var tags = await session.Tags.GetAsync(ResourceTypes.Vpc, [vpc.VpcId]);
        return new DescribedVpc(vpc, vSwitchIds, natGatewayIds, tags.GetValueOrDefault(vpc.VpcId, []));
    }

    private static async Task<DescribedVSwitch> DescribeAsync(IStoreSession session, VSwitch vSwitch)
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
