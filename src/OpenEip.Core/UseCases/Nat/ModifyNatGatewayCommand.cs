namespace OpenEip.Core.UseCases.Nat;

/// <summary>ModifyNatGatewayAttribute: each field null when not given (left as it is).</summary>
public sealed record ModifyNatGatewayCommand(string AccountId, string RegionId, string NatGatewayId)
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? EipBindMode { get; init; }
    public bool? IcmpReplyEnabled { get; init; }
}
