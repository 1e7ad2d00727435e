using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>Finds the caller's CLB (SLB API): another account's is not found alike.</summary>
public static class ClassicLoadBalancerLookup
{
    public static async Task<Result<ClassicLoadBalancer>> FindAsync(IStoreSession session, string accountId, string loadBalancerId) =>
        await session.LoadBalancers.FindClassicAsync(accountId, loadBalancerId) is { } found ? found : NotFound(loadBalancerId);

    public static Error NotFound(string id) =>
        new("InvalidLoadBalancerId.NotFound", $"The specified load balancer \"{ApiErrors.Shorten(id)}\" does not exist.");
}
