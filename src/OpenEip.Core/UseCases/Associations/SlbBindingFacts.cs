using OpenEip.Core.Eips;
using OpenEip.Core.LoadBalancers;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>What the CLB binding rules decide on, read in the binding's transaction: the CLB and the EIPs already on it (R-LB-4).</summary>
public sealed record SlbBindingFacts(ClassicLoadBalancer? LoadBalancer, IReadOnlyList<Eip> EipsOnLoadBalancer)
{
    public static readonly SlbBindingFacts NotFound = new(null, []);
}
