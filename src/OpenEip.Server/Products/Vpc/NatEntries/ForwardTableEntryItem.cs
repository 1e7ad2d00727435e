using OpenEip.Core.Nat;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>One DNAT entry as DescribeForwardTableEntries reports it; entries are Available at once (no data plane for NAT yet).</summary>
public sealed record ForwardTableEntryItem
{
    public required string ForwardEntryId { get; init; }
    public required string ForwardEntryName { get; init; }
    public required string ForwardTableId { get; init; }
    public required string ExternalIp { get; init; }
    public required string ExternalPort { get; init; }
    public required string InternalIp { get; init; }
    public required string InternalPort { get; init; }
    public required string IpProtocol { get; init; }
    public required string NatGatewayId { get; init; }
    public string Status { get; init; } = "Available";

    public static ForwardTableEntryItem From(ForwardEntry e) => new()
    {
        ForwardEntryId = e.ForwardEntryId,
        ForwardEntryName = e.Name,
        ForwardTableId = e.ForwardTableId,
        ExternalIp = e.ExternalIp,
        ExternalPort = e.ExternalPort,
        InternalIp = e.InternalIp,
        InternalPort = e.InternalPort,
        IpProtocol = e.IpProtocol,
        NatGatewayId = e.NatGatewayId,
    };
}
