namespace OpenEip.Core.UseCases.Nat;

/// <summary>ModifyForwardEntry: each field null when not given (kept as the entry has it).</summary>
public sealed record ModifyForwardEntryCommand(string AccountId, string RegionId, string ForwardTableId, string ForwardEntryId)
{
    public string? ExternalIp { get; init; }
    public string? ExternalPort { get; init; }
    public string? InternalIp { get; init; }
    public string? InternalPort { get; init; }
    public string? IpProtocol { get; init; }
    public string? Name { get; init; }
    public bool? PortBreak { get; init; }
}
