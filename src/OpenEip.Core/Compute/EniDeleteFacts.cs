using OpenEip.Core.Eips;

namespace OpenEip.Core.Compute;

/// <summary>What DeleteNetworkInterface decides on, read in its transaction: the HaVips the ENI is a member of, the EIPs bound to it.</summary>
public sealed record EniDeleteFacts(IReadOnlyList<string> HaVipIds, IReadOnlyList<Eip> EipsOnEni);
