namespace OpenEip.Core.UseCases.Compute;

/// <summary>DescribeSecurityGroupAttribute: the caller's security group of that id in that region.</summary>
public sealed record DescribeSecurityGroupAttributeQuery(string AccountId, string RegionId, string SecurityGroupId);
