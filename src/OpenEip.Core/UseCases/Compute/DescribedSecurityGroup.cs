using OpenEip.Core.Compute;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>A security group with its rules, as DescribeSecurityGroupAttribute reports it.</summary>
public sealed record DescribedSecurityGroup(SecurityGroup Group, IReadOnlyList<SecurityGroupRule> Rules);
