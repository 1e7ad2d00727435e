using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>DescribeHaVips: each HaVip with the public addresses of the EIP bound to it, and its tags.</summary>
public sealed class DescribeHaVips(IStore store)
{
    public Task<Page<DescribedHaVip>> ExecuteAsync(HaVipQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(async session =>
        {
            var page = await session.HaVips.QueryAsync(query);
            var ids = page.Items.Select(h => h.HaVipId).ToList();
            var eips = await session.Eips.ListBoundToAsync(ids);
            var tags = await session.Tags.GetAsync(ResourceTypes.HaVip, ids);
            return new Page<DescribedHaVip>(
                page.Items.Select(h => new DescribedHaVip(
                    h,
                    eips.Where(e => e.Binding!.InstanceId == h.HaVipId).Select(e => e.IpAddress).ToList(),
                    tags.GetValueOrDefault(h.HaVipId, []))).ToList(),
                page.TotalCount);
        }, cancellationToken);
}
