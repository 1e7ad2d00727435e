using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// DescribeForwardTableEntries: one table, named by Entries.ForwardTableId or (empty) by <paramref name="NatGatewayId"/>;
/// both given and not matching is an empty page.
/// </summary>
public sealed record DescribeForwardEntriesQuery(string AccountId, string RegionId, string? NatGatewayId, ForwardEntryQuery Entries);
