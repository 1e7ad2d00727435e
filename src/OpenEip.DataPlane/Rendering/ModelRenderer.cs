using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Planning;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// The whole desired host model from the networks and the EIPs: internet side, a gateway per region, a
/// router per VPC, then the EIP programs (in order of allocation id: when two claim one key, the first
/// keeps it and the other waits), then the hosts, which depend on the EIPs their interfaces hold.
/// </summary>
internal static class ModelRenderer
{
    public static RenderedModel Render(NetworkIndex index, IEnumerable<EipDesired> eips)
    {
        var model = new HostModel();
        if (index.Regions.Count > 0)
            model.Add(InternetRenderer.Render(index));
        foreach (var region in index.Regions)
            model.Add(GatewayRenderer.Render(region, index));
        foreach (var vpc in index.Vpcs.Values)
            model.Add(RouterRenderer.Render(vpc));

        var programs = new Dictionary<string, EipProgram>(StringComparer.Ordinal);
        foreach (var eip in eips.OrderBy(e => e.AllocationId, StringComparer.Ordinal))
        {
            if (EipProgramRenderer.Render(eip, index) is { } program && ProgramFacts.TryApply(model, program, journal: null))
                programs[eip.AllocationId] = program;
        }

        var routed = RoutedByInterface(programs.Values);
        foreach (var host in index.Hosts.Values)
            model.Add(HostRenderer.Render(host, routed, index));
        return new RenderedModel(model, programs);
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<RoutedEip>> RoutedByInterface(IEnumerable<EipProgram> programs) =>
        programs.Where(p => p.Interface is not null)
            .GroupBy(p => p.Interface!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RoutedEip>)g.Select(p => p.Routed!).OrderBy(r => r.AllocationId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
}
