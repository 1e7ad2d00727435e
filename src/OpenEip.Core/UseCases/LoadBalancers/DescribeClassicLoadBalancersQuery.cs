using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>SLB DescribeLoadBalancers' parameters: the usual filters and page, and AddressType (internet or intranet; null: both).</summary>
public sealed record DescribeClassicLoadBalancersQuery(ComputeQuery Filter, string? AddressType);
