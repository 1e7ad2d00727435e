using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DescribeInstances: a page of the caller's instances, each with its status now, its attached ENIs and its EIP.</summary>
public sealed class DescribeInstances(IStore store, RegionCatalogue regions, ComputeTimings timings, TimeProvider clock)
{
    public async Task<Result<Page<DescribedInstance>>> ExecuteAsync(DescribeInstancesQuery query, CancellationToken cancellationToken)
    {
        var filter = query.Instances;
        if (regions.Find(filter.RegionId) is null)
            return ApiErrors.InvalidRegionId(filter.RegionId);
        var now = clock.GetUtcNow();
        return await store.ReadAsync(async session =>
        {
            // Status is derived from time, so a status filter is applied after reading: read all matches, then page.
            var all = await session.Compute.QueryInstancesAsync(filter with { PageNumber = 1, PageSize = int.MaxValue });
            var matching = all.Items.Where(i => query.Status is null || i.StatusAt(now, timings) == query.Status).ToList();
            var page = matching.Skip((filter.PageNumber - 1) * filter.PageSize).Take(filter.PageSize);
            var items = new List<DescribedInstance>();
            foreach (var instance in page)
            {
                var enis = new List<DescribedNetworkInterface>();
                foreach (var eni in await session.Compute.ListNetworkInterfacesOfInstanceAsync(instance.InstanceId))
                {
                    if (eni.AttachedInstanceAt(now, timings) == instance.InstanceId && eni.StatusAt(now, timings) == "InUse")
                        enis.Add(await NetworkInterfaceLookup.DescribeAsync(session, eni, now, timings));
                }

                var eip = (await session.Eips.ListBoundToAsync([instance.InstanceId])).FirstOrDefault();
                items.Add(new DescribedInstance(instance, instance.StatusAt(now, timings), enis, eip));
            }

            return new Page<DescribedInstance>(items, matching.Count);
        }, cancellationToken);
    }
}
