using OpenEip.Core.LoadBalancers;

namespace OpenEip.Core.Ports;

public interface ILoadBalancerRecords
{
    Task InsertClassicAsync(ClassicLoadBalancer loadBalancer);

    Task DeleteClassicAsync(string loadBalancerId);

    Task<ClassicLoadBalancer?> FindClassicAsync(string accountId, string loadBalancerId);

    Task<Page<ClassicLoadBalancer>> QueryClassicAsync(ComputeQuery query, string? addressType);
}
