using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Planning;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>Rendering and planning from snapshots in tests.</summary>
internal static class Plans
{
    public static RenderedModel Render(Snapshot snapshot)
    {
        var desired = snapshot.Build();
        return ModelRenderer.Render(NetworkIndex.Build(desired.Pools, desired.Vpcs), desired.Eips.Where(e => !e.Unbinding));
    }

    public static List<DataPlaneAction> FromScratch(RenderedModel rendered) =>
        ActionPlanner.Plan(ModelDiff.Compute(new HostModel(), rendered.Model, DiffOptions.Known));

    public static List<DataPlaneAction> Between(RenderedModel before, RenderedModel after) =>
        ActionPlanner.Plan(ModelDiff.Compute(before.Model, after.Model, DiffOptions.Known));
}
