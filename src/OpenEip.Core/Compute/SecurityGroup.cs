namespace OpenEip.Core.Compute;

/// <summary>A security group of a VPC. ENIs carry one or more (R-ENI-5: each ENI may have its own).</summary>
public sealed record SecurityGroup(
    string SecurityGroupId,
    string AccountId,
    string RegionId,
    string VpcId,
    string SecurityGroupName,
    string Description,
    DateTimeOffset CreationTime)
{
    public string ResourceGroupId { get; init; } = "";
}
