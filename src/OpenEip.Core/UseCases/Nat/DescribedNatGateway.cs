using OpenEip.Core.Eips;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>A gateway as DescribeNatGateways shows it: its bound EIPs, how its entries use them, and its tags.</summary>
public sealed record DescribedNatGateway(NatGateway Gateway, IReadOnlyList<Eip> Eips, IReadOnlyList<NatIpUsage> Usage, IReadOnlyList<Tag> Tags);
