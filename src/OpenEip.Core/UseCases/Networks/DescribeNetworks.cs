using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVpcs and DescribeVSwitches.</summary>
public sealed class DescribeNetworks(IStore store, RegionCatalogue regions)
{
    public async Task<Result<(Page<Vpc> Vpcs, IReadOnlyDictionary<string, IReadOnlyList<string>> VSwitchIds)>> VpcsAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var page = await session.Networks.QueryVpcsAsync(query);
            var vSwitchIds = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var vpc in page.Items)
                vSwitchIds[vpc.VpcId] = (await session.Networks.ListVSwitchesOfVpcAsync(vpc.VpcId)).Select(v => v.VSwitchId).ToList();
            return (page, (IReadOnlyDictionary<string, IReadOnlyList<string>>)vSwitchIds);
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
            {
                var usable = CidrRules.UsableCount(Ipv4Block.Parse(vSwitch.CidrBlock)!.Value);
                var vpc = await session.Networks.FindVpcAsync(vSwitch.AccountId, vSwitch.VpcId);
                items.Add(new DescribedVSwitch(
                    vSwitch, usable - await session.PrivateIps.CountUsedAsync(vSwitch.VSwitchId), vpc?.RouteTableId ?? "", vpc?.ResourceGroupId ?? ""));
            }

            return new Page<DescribedVSwitch>(items, page.TotalCount);
        }, cancellationToken);
    }
}
