using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>CreateHaVip's parameters: a private IP of the vSwitch, the one asked for (IpAddress) or the next free one.</summary>
public sealed record CreateHaVipCommand(string AccountId, string RegionId, string VSwitchId)
{
    public string? IpAddress { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? ResourceGroupId { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
