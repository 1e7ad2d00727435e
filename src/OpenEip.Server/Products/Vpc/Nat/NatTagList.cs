namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>DescribeNatGateways names tag fields TagKey/TagValue, unlike the EIP model.</summary>
public sealed record NatTagList(IReadOnlyList<NatTagItem> Tag);
