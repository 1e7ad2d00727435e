namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record DescribeNetworkInterfacesResponse(int PageNumber, int PageSize, int TotalCount, string NextToken, NetworkInterfaceSetList NetworkInterfaceSets);
