namespace OpenEip.Core.UseCases.Nat;

/// <summary>CreateSnatEntry: SnatIp is the wire's comma-separated list; exactly one of SourceVSwitchId and SourceCidr.</summary>
public sealed record CreateSnatEntryCommand(string AccountId, string RegionId, string SnatTableId, string SnatIp)
{
    public string? SourceVSwitchId { get; init; }
    public string? SourceCidr { get; init; }
    public string? Name { get; init; }
    public int EipAffinity { get; init; }
}
