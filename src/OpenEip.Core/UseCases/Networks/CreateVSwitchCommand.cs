using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Networks;

public sealed record CreateVSwitchCommand(string AccountId, string? RegionId, string VpcId, string ZoneId, string CidrBlock, string? VSwitchName, string? Description)
{
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
