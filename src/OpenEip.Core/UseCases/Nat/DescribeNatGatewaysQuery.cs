using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>DescribeNatGateways: the account, region, ids and filters of <paramref name="Gateways"/>, and the network type ("internet", "intranet", null for both).</summary>
public sealed record DescribeNatGatewaysQuery(ComputeQuery Gateways, string? NetworkType = null);
