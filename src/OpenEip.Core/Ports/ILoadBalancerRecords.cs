using OpenEip.Core.LoadBalancers;

namespace OpenEip.Core.Ports;

public interface ILoadBalancerRecords
{
    Task InsertClassicAsync(ClassicLoadBalancer loadBalancer);

    Task DeleteClassicAsync(string loadBalancerId);

    Task<ClassicLoadBalancer?> FindClassicAsync(string accountId, string loadBalancerId);

    Task<Page<ClassicLoadBalancer>> QueryClassicAsync(ComputeQuery query, string? addressType);

    Task InsertZonalAsync(ZonalLoadBalancer loadBalancer);

    Task UpdateZonalAsync(ZonalLoadBalancer loadBalancer);

    Task DeleteZonalAsync(string loadBalancerId);

    Task<ZonalLoadBalancer?> FindZonalAsync(string accountId, string kind, string loadBalancerId);

    Task<Page<ZonalLoadBalancer>> QueryZonalAsync(string accountId, string regionId, string kind, IReadOnlyList<string> ids, IReadOnlyList<string> vpcIds, string? addressType, int offset, int limit);
}
