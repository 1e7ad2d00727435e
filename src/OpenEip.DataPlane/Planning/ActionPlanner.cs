using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>
/// Orders a delta into actions. Namespaces go first (deleted, then created, then their sysctls, which
/// links take as defaults). Traffic is cut before anything under it goes: the gateways' EIP elements are
/// withdrawn, then the routers' tables change in one transaction each, then the connections of removed
/// mappings are deleted (recipe §2: elements first, then conntrack), then addresses, routes and links
/// go. Then things are built from the outside in (a veth's peer namespace exists first) and configured,
/// and only then do the gateways admit new EIPs, so an EIP carries traffic only once all under it is
/// ready. Gratuitous ARP comes last, for addresses that arrived.
/// </summary>
internal static class ActionPlanner
{
    public static List<DataPlaneAction> Plan(ModelDelta delta)
    {
        var actions = new List<DataPlaneAction>();
        var ordered = delta.Namespaces.Values.OrderBy(n => n.Role).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        actions.AddRange(ordered.Where(n => n.Delete).OrderByDescending(n => n.Role).ThenBy(n => n.Name, StringComparer.Ordinal).Select(n => new DeleteNamespace(n.Name)));
        var live = ordered.Where(n => !n.Delete).ToList();
        actions.AddRange(live.Where(n => n.Create).Select(n => new CreateNamespace(n.Name)));
        actions.AddRange(live.SelectMany(n => n.Sysctls.Select(s => new SetSysctl(n.Name, s.Key, s.Value))));
        actions.AddRange(Scripts(live.Where(n => n.Role == NamespaceRole.Gateway), NftPart.Withdraw));
        actions.AddRange(Scripts(live.Where(n => n.Role != NamespaceRole.Gateway), NftPart.All));
        actions.AddRange(live.SelectMany(n => n.FlowsRemoved.Select(f => new DeleteConntrack(n.Name, f.Split(' ')))));
        actions.AddRange(Batches(live, n =>
            n.RulesRemoved.Select(IpText.RuleDel).Concat(n.RoutesRemoved.Select(IpText.RouteDel)).Concat(n.AddressesRemoved.Select(IpText.AddressDel))
                .Concat(n.LinksRemoved.Select(IpText.LinkDel)), ignoreErrors: true));
        actions.AddRange(Batches(live, n => n.LinksAdded.Select(IpText.LinkAdd).Concat(n.RulesAdded.Select(IpText.RuleAdd)), ignoreErrors: true));
        actions.AddRange(Batches(live, n =>
            n.Devices.SelectMany(IpText.Device).Concat(n.AddressesAdded.Select(IpText.AddressReplace)).Concat(n.RoutesSet.Select(IpText.RouteReplace)), ignoreErrors: false));
        actions.AddRange(Scripts(live.Where(n => n.Role == NamespaceRole.Gateway), NftPart.Admit));
        actions.AddRange(live.SelectMany(n => n.Announce.Select(a => new AnnounceAddress(n.Name, a.Device, a.Address))));
        return actions;
    }

    private static IEnumerable<DataPlaneAction> Scripts(IEnumerable<NamespaceDelta> namespaces, NftPart part)
    {
        foreach (var ns in namespaces)
        {
            var script = NftScriptWriter.Write(ns.Tables.Values, part);
            if (script.Length > 0)
                yield return new NftScript(ns.Name, script);
        }
    }

    private static IEnumerable<DataPlaneAction> Batches(IEnumerable<NamespaceDelta> namespaces, Func<NamespaceDelta, IEnumerable<string>> lines, bool ignoreErrors)
    {
        foreach (var ns in namespaces)
        {
            var batch = lines(ns).ToList();
            if (batch.Count > 0)
                yield return new IpCommands(ns.Name, batch, ignoreErrors);
        }
    }
}
