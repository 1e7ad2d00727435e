using OpenEip.Core.Eips;

namespace OpenEip.Core.Compute;

/// <summary>What UnassignPrivateIpAddresses decides on, read in its transaction: the addresses the ENI holds and the EIPs bound to it.</summary>
public sealed record EniUnassignFacts(IReadOnlyList<string> HeldPrivateIps, IReadOnlyList<Eip> EipsOnEni);
