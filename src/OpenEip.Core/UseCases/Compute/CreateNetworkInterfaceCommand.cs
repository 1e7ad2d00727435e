using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Compute;

public sealed record CreateNetworkInterfaceCommand(string AccountId, string RegionId, string VSwitchId, IReadOnlyList<string> SecurityGroupIds)
{
    public string? PrimaryIpAddress { get; init; }
    public IReadOnlyList<string> PrivateIpAddresses { get; init; } = [];
    public int SecondaryPrivateIpAddressCount { get; init; }
    public string? NetworkInterfaceName { get; init; }
    public string? Description { get; init; }
    public string? ResourceGroupId { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
