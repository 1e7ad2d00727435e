using System.Globalization;
using OpenEip.Core.Nat;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>One SNAT entry as DescribeSnatTableEntries reports it; entries are Available at once (no data plane for NAT yet).</summary>
public sealed record SnatTableEntryItem
{
    public required string SnatEntryId { get; init; }
    public required string SnatEntryName { get; init; }

    /// <summary>The addresses comma-separated, as CreateSnatEntry took them.</summary>
    public required string SnatIp { get; init; }
    public required string SnatTableId { get; init; }
    public required string SourceCIDR { get; init; }
    public required string SourceVSwitchId { get; init; }
    public required string NatGatewayId { get; init; }
    public string Status { get; init; } = "Available";

    /// <summary>The SDK declares it a string ("0" or "1"), though the request takes a number.</summary>
    public required string EipAffinity { get; init; }
    public string NetworkInterfaceId { get; init; } = "";

    public static SnatTableEntryItem From(SnatEntry e) => new()
    {
        SnatEntryId = e.SnatEntryId,
        SnatEntryName = e.Name,
        SnatIp = string.Join(',', e.SnatIps),
        SnatTableId = e.SnatTableId,
        SourceCIDR = e.SourceCidr,
        SourceVSwitchId = e.SourceVSwitchId,
        NatGatewayId = e.NatGatewayId,
        EipAffinity = e.EipAffinity.ToString(CultureInfo.InvariantCulture),
    };
}
