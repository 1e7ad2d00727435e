using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DescribeEipAddresses: the caller's EIPs in a region, filtered and paged, with their tags.</summary>
public sealed class DescribeEips(IStore store, RegionCatalogue regions)
{
    public async Task<Result<DescribedEips>> ExecuteAsync(EipQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);

        // Until the association engine exists, the only bound EIPs are those ALBs and NLBs manage (R-LB-2):
        // InUse and bound to their load balancer. Every other EIP is Available, unbound and unlocked.
        query = query.Status switch
        {
            null => query,
            EipStatus.Available => query with { ServiceManaged = false },
            EipStatus.InUse => query with { ServiceManaged = true },
            _ => query with { ServiceManagedBy = "(none)" },
        };
        if (query.AssociatedInstanceId is not null)
            query = query with { ServiceManagedBy = query.AssociatedInstanceId };
        else if (query.AssociatedInstanceType is not null)
            query = query with { ServiceManagedBy = "(none)" };
        if (query.LockReason is not null)
            return new DescribedEips(new EipPage([], 0), new Dictionary<string, IReadOnlyList<Tag>>());

        return await store.ReadAsync(async session =>
        {
            var page = await session.Eips.QueryAsync(query);
            var tags = await session.Tags.GetAsync(ResourceTypes.Eip, page.Items.Select(e => e.AllocationId).ToList());
            return new DescribedEips(page, tags);
        }, cancellationToken);
    }
}
