using OpenEip.Core.Nat;
using OpenEip.Core.Networks;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// What the SNAT entry rules decide on, read in the transaction that writes the entry (<see cref="SnatEntryRules.LoadAsync"/>):
/// the gateway, the addresses of the EIPs bound to it, its SNAT and DNAT entries (oldest first), and the vSwitch a
/// new entry names as its source (null when it names a CIDR block, or when the account has no such vSwitch).
/// </summary>
public sealed record SnatEntryFacts(
    NatGateway Gateway,
    IReadOnlySet<string> BoundAddresses,
    IReadOnlyList<SnatEntry> SnatEntries,
    IReadOnlyList<ForwardEntry> ForwardEntries,
    VSwitch? SourceVSwitch);
