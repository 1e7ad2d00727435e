namespace OpenEip.Core.UseCases.Compute;

/// <summary>ModifyNetworkInterfaceAttribute: each field null when not given (left as it is).</summary>
public sealed record ModifyNetworkInterfaceCommand(string AccountId, string RegionId, string NetworkInterfaceId)
{
    public string? NetworkInterfaceName { get; init; }
    public string? Description { get; init; }

    /// <summary>SecurityGroupId.N: the ENI's new set of groups.</summary>
    public IReadOnlyList<string>? SecurityGroupIds { get; init; }
}
