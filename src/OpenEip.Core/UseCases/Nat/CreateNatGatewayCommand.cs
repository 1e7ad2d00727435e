using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Nat;

public sealed record CreateNatGatewayCommand(string AccountId, string RegionId, string VpcId, string VSwitchId)
{
    public string NetworkType { get; init; } = "internet";
    public string EipBindMode { get; init; } = "MULTI_BINDED";
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? NatIp { get; init; }
    public string? ResourceGroupId { get; init; }
    public bool IcmpReplyEnabled { get; init; } = true;
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
