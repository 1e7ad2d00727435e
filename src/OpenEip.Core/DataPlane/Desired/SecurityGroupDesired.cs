using OpenEip.Core.Compute;

namespace OpenEip.Core.DataPlane.Desired;

/// <summary>A security group with its rules; which interfaces it guards is on each interface (R-ENI-5).</summary>
public sealed record SecurityGroupDesired(string SecurityGroupId, IReadOnlyList<SecurityGroupRule> Rules);
