using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>Finds the caller's ALB or NLB (kind "alb" or "nlb"): another account's, or one of the other kind, is not found alike.</summary>
public static class ZonalLoadBalancerLookup
{
    public static async Task<Result<ZonalLoadBalancer>> FindAsync(IStoreSession session, string accountId, string kind, string loadBalancerId) =>
        await session.LoadBalancers.FindZonalAsync(accountId, kind, loadBalancerId) is { } found ? found : NotFound(loadBalancerId);

    public static Error NotFound(string id) =>
        new("ResourceNotFound.LoadBalancer", $"The specified load balancer \"{ApiErrors.Shorten(id)}\" does not exist.");
}
