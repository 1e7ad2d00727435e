namespace OpenEip.Server.Products.Slb;

public sealed record DescribeLoadBalancersResponse(int PageNumber, int PageSize, int TotalCount, LoadBalancerList LoadBalancers);
