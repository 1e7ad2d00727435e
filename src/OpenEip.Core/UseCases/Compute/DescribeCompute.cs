using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DescribeSecurityGroups, DescribeSecurityGroupAttribute, DescribeInstances and DescribeNetworkInterfaces.</summary>
public sealed class DescribeCompute(IStore store, RegionCatalogue regions, ComputeTimings timings, TimeProvider clock)
{
    public async Task<Result<Page<SecurityGroup>>> SecurityGroupsAsync(ComputeQuery query, CancellationToken cancellationToken) =>
        regions.Find(query.RegionId) is null
            ? ApiErrors.InvalidRegionId(query.RegionId)
            : await store.ReadAsync(session => session.Compute.QuerySecurityGroupsAsync(query), cancellationToken);

    public async Task<Result<(SecurityGroup Group, IReadOnlyList<SecurityGroupRule> Rules)>> SecurityGroupAttributeAsync(string accountId, string regionId, string securityGroupId, CancellationToken cancellationToken) =>
        await store.ReadAsync<Result<(SecurityGroup, IReadOnlyList<SecurityGroupRule>)>>(async session =>
        {
            var group = await ManageSecurityGroups.FindAsync(session, accountId, regionId, securityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            return (group.Value, await session.Compute.ListRulesAsync(securityGroupId));
        }, cancellationToken);

    public async Task<Result<Page<DescribedInstance>>> InstancesAsync(ComputeQuery query, string? status, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        var now = clock.GetUtcNow();
        return await store.ReadAsync(async session =>
        {
            // Status is derived from time, so a status filter is applied after reading: read all matches, then page.
            var all = await session.Compute.QueryInstancesAsync(query with { PageNumber = 1, PageSize = int.MaxValue });
            var matching = all.Items.Where(i => status is null || i.StatusAt(now, timings) == status).ToList();
            var page = matching.Skip((query.PageNumber - 1) * query.PageSize).Take(query.PageSize);
            var items = new List<DescribedInstance>();
            foreach (var instance in page)
            {
                var enis = new List<DescribedNetworkInterface>();
                foreach (var eni in await session.Compute.ListNetworkInterfacesOfInstanceAsync(instance.InstanceId))
                {
                    if (eni.AttachedInstanceAt(now, timings) == instance.InstanceId && eni.StatusAt(now, timings) == "InUse")
                        enis.Add(await DescribeAsync(session, eni, now));
                }

                var eip = (await session.Eips.ListBoundToAsync([instance.InstanceId])).FirstOrDefault();
                items.Add(new DescribedInstance(instance, instance.StatusAt(now, timings), enis, eip));
            }

            return new Page<DescribedInstance>(items, matching.Count);
        }, cancellationToken);
    }

    public async Task<Result<Page<DescribedNetworkInterface>>> NetworkInterfacesAsync(ComputeQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        var now = clock.GetUtcNow();
        return await store.ReadAsync(async session =>
        {
            var page = await session.Compute.QueryNetworkInterfacesAsync(query);
            var tags = await session.Tags.GetAsync(ResourceTypes.NetworkInterface, page.Items.Select(e => e.NetworkInterfaceId).ToList());
            var items = new List<DescribedNetworkInterface>();
            foreach (var eni in page.Items)
                items.Add(await DescribeAsync(session, eni, now) with { Tags = tags.GetValueOrDefault(eni.NetworkInterfaceId, []) });
            return new Page<DescribedNetworkInterface>(items, page.TotalCount);
        }, cancellationToken);
    }

    private async Task<DescribedNetworkInterface> DescribeAsync(IStoreSession session, NetworkInterface eni, DateTimeOffset now)
    {
        var held = await session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
        var addresses = held.Where(a => a == eni.PrimaryIpAddress).Concat(held.Where(a => a != eni.PrimaryIpAddress)).ToList();
        var eips = await session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]);
        return new DescribedNetworkInterface(eni, eni.StatusAt(now, timings), eni.VisibleInstanceIdAt(now, timings), addresses, eips);
    }
}
