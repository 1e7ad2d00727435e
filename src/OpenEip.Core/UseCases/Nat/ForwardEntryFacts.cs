using OpenEip.Core.Nat;
using OpenEip.Core.Networks;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// What the DNAT entry rules decide on, read in the transaction that writes the entry (<see cref="ForwardEntryRules.LoadAsync"/>):
/// the gateway, its VPC (whose blocks hold the internal IPs; never missing while the gateway exists), the addresses of
/// the EIPs bound to it, and its DNAT and SNAT entries, oldest first.
/// </summary>
public sealed record ForwardEntryFacts(
    NatGateway Gateway,
    Vpc? Vpc,
    IReadOnlySet<string> BoundAddresses,
    IReadOnlyList<ForwardEntry> ForwardEntries,
    IReadOnlyList<SnatEntry> SnatEntries);
