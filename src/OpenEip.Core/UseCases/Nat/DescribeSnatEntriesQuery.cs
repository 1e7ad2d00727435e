using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// DescribeSnatTableEntries: one table, named by Entries.SnatTableId or (empty) by <paramref name="NatGatewayId"/>;
/// both given and not matching is an empty page.
/// </summary>
public sealed record DescribeSnatEntriesQuery(string AccountId, string RegionId, string? NatGatewayId, SnatEntryQuery Entries);
