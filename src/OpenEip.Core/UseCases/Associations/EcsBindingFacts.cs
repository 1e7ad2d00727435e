using OpenEip.Core.Compute;
using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the ECS binding rules decide on, read in the binding's transaction: the instance and its status at the
/// time of the call, the EIPs already on it, its primary ENI, and what already holds that ENI's primary private
/// IP (an EIP through the ENI, or an EIP bound to the address itself).
/// </summary>
public sealed record EcsBindingFacts(
    Instance? Instance,
    string InstanceStatus,
    IReadOnlyList<Eip> EipsOnInstance,
    NetworkInterface? PrimaryInterface,
    Eip? EipOnPrimaryIp,
    Eip? EipOnPrimaryAddress)
{
    public static readonly EcsBindingFacts NotFound = new(null, "", [], null, null, null);
}
