using OpenEip.Core.Errors;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Operator.DataPlane;

/// <summary>Parameters the agent's actions share.</summary>
public static class DataPlaneBinding
{
    /// <summary><c>RegionId.N</c>: the regions an agent owns (none: all).</summary>
    public static IReadOnlySet<string>? Regions(ParameterBinder bind)
    {
        var regions = bind.List("RegionId", 100);
        return regions.Count == 0 ? null : regions.ToHashSet(StringComparer.Ordinal);
    }

    public static void RequireKnownRegions(ParameterBinder bind, IReadOnlySet<string>? regions, Core.Regions.RegionCatalogue catalogue)
    {
        var unknown = regions?.FirstOrDefault(r => catalogue.Find(r) is null);
        if (unknown is not null)
            bind.Fail(ApiErrors.InvalidRegionId(unknown));
    }
}
