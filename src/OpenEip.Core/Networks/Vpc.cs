namespace OpenEip.Core.Networks;

/// <summary>A VPC: a primary IPv4 CIDR block and up to <see cref="CidrRules.MaxSecondaryCidrBlocks"/> secondary ones (R-BIND-9).</summary>
public sealed record Vpc
{
    public required string VpcId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string CidrBlock { get; init; }
    public IReadOnlyList<string> SecondaryCidrBlocks { get; init; } = [];
    public string VpcName { get; init; } = "";
    public string Description { get; init; } = "";
    public required string ResourceGroupId { get; init; }
    public required string VRouterId { get; init; }
    public required string RouteTableId { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    public IEnumerable<string> AllCidrBlocks => SecondaryCidrBlocks.Prepend(CidrBlock);
}
