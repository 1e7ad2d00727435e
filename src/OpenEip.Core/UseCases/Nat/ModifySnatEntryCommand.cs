namespace OpenEip.Core.UseCases.Nat;

/// <summary>ModifySnatEntry: SnatIp is the wire's comma-separated list; each field null when not given.</summary>
public sealed record ModifySnatEntryCommand(string AccountId, string RegionId, string SnatTableId, string SnatEntryId)
{
    public string? SnatIp { get; init; }
    public string? Name { get; init; }
    public int? EipAffinity { get; init; }
}
