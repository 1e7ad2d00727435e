using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Networks;

public sealed record CreateVpcCommand(string AccountId, string RegionId, string? CidrBlock, string? VpcName, string? Description, string? ResourceGroupId)
{
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
