namespace OpenEip.Server.Products.Vpc.Tags;

public sealed record ListTagResourcesResponse(string NextToken, TagResourceList TagResources);
