using OpenEip.Core.Networks;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>A VPC with what its Describe calls list: its vSwitches, its NAT gateways and its tags.</summary>
public sealed record DescribedVpc(Vpc Vpc, IReadOnlyList<string> VSwitchIds, IReadOnlyList<string> NatGatewayIds, IReadOnlyList<Tag> Tags);
