namespace OpenEip.Core.Nat;

/// <summary>What ModifyNatGatewayAttribute changes on a gateway: each field null when not given (left as it is).</summary>
public sealed record NatGatewayChanges
{
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>"MULTI_BINDED" or "NAT"; only MULTI_BINDED → NAT is a change Alibaba makes.</summary>
    public string? EipBindMode { get; init; }
    public bool? IcmpReplyEnabled { get; init; }
}
