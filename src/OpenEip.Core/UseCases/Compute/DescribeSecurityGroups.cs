using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DescribeSecurityGroups: a page of the caller's security groups in a region.</summary>
public sealed class DescribeSecurityGroups(IStore store, RegionCatalogue regions)
{
    public async Task<Result<Page<SecurityGroup>>> ExecuteAsync(ComputeQuery query, CancellationToken cancellationToken) =>
        regions.Find(query.RegionId) is null
            ? ApiErrors.InvalidRegionId(query.RegionId)
            : await store.ReadAsync(session => session.Compute.QuerySecurityGroupsAsync(query), cancellationToken);
}
