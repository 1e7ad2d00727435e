using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs.Instances;

/// <summary>Reading ECS instances: DescribeInstances takes ids as a JSON array (100 at most), pages of 100.</summary>
public static class InstanceQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Ecs, "DescribeInstances", "Instances.Instance", "InstanceId", "PageSize", 100, 100,
        IdFilters.JsonArray("InstanceIds"), "InvalidInstanceId.NotFound", "instance");
}
