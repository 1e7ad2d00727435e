using OpenEip.Core.Eips;

namespace OpenEip.Core.Compute;

/// <summary>
/// What DeleteInstance decides on, read in its transaction: the HaVips the instance is a member of, the EIPs bound to
/// it (as EcsInstance) and those bound to its primary ENI (as NetworkInterface); either kind keeps it.
/// </summary>
public sealed record InstanceDeleteFacts(IReadOnlyList<string> HaVipIds, IReadOnlyList<Eip> EipsOnInstance, IReadOnlyList<Eip> EipsOnPrimaryEni);
