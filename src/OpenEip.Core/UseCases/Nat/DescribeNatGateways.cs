using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// DescribeNatGateways: each gateway with the EIPs bound to it (its IpLists), how its entries use their
/// addresses, and its tags.
/// </summary>
public sealed class DescribeNatGateways(IStore store)
{
    public async Task<Result<Page<DescribedNatGateway>>> ExecuteAsync(DescribeNatGatewaysQuery query, CancellationToken cancellationToken) =>
        await store.ReadAsync(async session =>
        {
            var page = await session.NatGateways.QueryAsync(query.Gateways, query.NetworkType);
            var ids = page.Items.Select(g => g.NatGatewayId).ToList();
            var eips = await session.Eips.ListBoundToAsync(ids);
            var usage = await session.NatEntries.ListIpUsageAsync(ids);
            var tags = await session.Tags.GetAsync(ResourceTypes.NatGateway, ids);
            return new Page<DescribedNatGateway>(
                page.Items.Select(g => new DescribedNatGateway(
                    g,
                    eips.Where(e => e.Binding!.InstanceId == g.NatGatewayId).ToList(),
                    usage.Where(u => u.NatGatewayId == g.NatGatewayId).ToList(),
                    tags.GetValueOrDefault(g.NatGatewayId, []))).ToList(),
                page.TotalCount);
        }, cancellationToken);
}
