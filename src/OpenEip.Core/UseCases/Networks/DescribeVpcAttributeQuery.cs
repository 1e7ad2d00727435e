namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVpcAttribute: the caller's VPC of that id in that region.</summary>
public sealed record DescribeVpcAttributeQuery(string AccountId, string RegionId, string VpcId);
