namespace OpenEip.Server.Products.ResourceManager;

public sealed record ListResourceGroupsResponse(int PageNumber, int PageSize, int TotalCount, ResourceGroupList ResourceGroups);
