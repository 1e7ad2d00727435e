namespace OpenEip.Core.UseCases.Nat;

/// <summary>CreateForwardEntry, with ports and protocol as sent on the wire.</summary>
public sealed record CreateForwardEntryCommand(
    string AccountId,
    string RegionId,
    string ForwardTableId,
    string ExternalIp,
    string ExternalPort,
    string InternalIp,
    string InternalPort,
    string IpProtocol)
{
    public string? Name { get; init; }
    public bool PortBreak { get; init; }
}
