using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Planning;

/// <summary>
/// The delta from an applied model to a wanted one. A namespace is fresh (new, or missing from the host:
/// everything in it is made), re-asserted (its state is not known: everything is emitted again and what
/// the old model had beyond the new one is removed), or known (only the difference). A veth made anew
/// makes its peer's namespace re-asserted, since the addresses and routes on the peer end went with the
/// old link.
/// </summary>
internal static class ModelDiff
{
    private enum Mode
    {
        Known,
        Reassert,
        Fresh,
    }

    public static ModelDelta Compute(HostModel old, HostModel next, DiffOptions options)
    {
        var delta = new ModelDelta();
        foreach (var gone in old.Namespaces.Values.Where(n => next.Find(n.Name) is null))
            delta.For(gone.Name, gone.Role).Delete = true;
        if (options.Present is { } present)
        {
            foreach (var orphan in present.Where(n => next.Find(n) is null && NamespaceNames.IsOwned(n)).Order(StringComparer.Ordinal))
                delta.For(orphan, RoleOf(orphan)).Delete = true;
        }

        var modes = next.Namespaces.Keys.ToDictionary(n => n, n =>
            old.Find(n) is null || (options.Present is { } p && !p.Contains(n)) ? Mode.Fresh : options.ReassertIp ? Mode.Reassert : Mode.Known,
            StringComparer.Ordinal);
        var dirtyDevices = new HashSet<(string Ns, string Device)>();
        foreach (var ns in next.Namespaces.Values)
            DiffLinks(old.Find(ns.Name), ns, modes, delta, dirtyDevices);
        foreach (var ns in next.Namespaces.Values)
        {
            var mode = modes[ns.Name];
            var before = mode == Mode.Fresh ? null : old.Find(ns.Name);
            var nsDelta = delta.For(ns.Name, ns.Role);
            nsDelta.Create = mode != Mode.Known;
            nsDelta.Reasserted = mode != Mode.Known;
            DiffIp(before, ns, mode, nsDelta, dirtyDevices, options.Announce);
            foreach (var table in ns.Tables.Values)
                DiffTable(before?.Tables.GetValueOrDefault(table.Key), table, options.ReassertNft, nsDelta.Table(table.Family, table.Name));
        }

        return delta;
    }

    /// <summary>The delta of one namespace whose state is known (a host re-rendered by an EIP pass).</summary>
    public static NamespaceDelta CompareKnown(NamespaceModel? before, NamespaceModel after)
    {
        var old = new HostModel();
        if (before is not null)
            old.Add(before);
        var next = new HostModel();
        next.Add(after);
        return Compute(old, next, DiffOptions.Known).For(after.Name, after.Role);
    }

    private static void DiffLinks(NamespaceModel? before, NamespaceModel after, Dictionary<string, Mode> modes, ModelDelta delta, HashSet<(string, string)> dirty)
    {
        var mode = modes[after.Name];
        var nsDelta = delta.For(after.Name, after.Role);
        if (mode != Mode.Fresh && before is not null)
            nsDelta.LinksRemoved.AddRange(before.Links.Where(l => !after.Links.Contains(l)).OrderBy(l => l.Name, StringComparer.Ordinal));
        foreach (var link in after.Links.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            var peerFresh = link.PeerNamespace is { } peer && modes.GetValueOrDefault(peer) == Mode.Fresh;
            var changed = before is null || !before.Links.Contains(link);
            if (mode == Mode.Known && !changed && !peerFresh)
                continue;
            nsDelta.LinksAdded.Add(link);
            if (mode == Mode.Reassert && !changed)
                continue;

            // A link that is really made anew: its settings, and everything on its peer end, must be applied again.
            dirty.Add((after.Name, link.Name));
            if (link.PeerNamespace is { } peerName && modes.TryGetValue(peerName, out var peerMode) && peerMode == Mode.Known)
                modes[peerName] = Mode.Reassert;
        }
    }

    private static void DiffIp(NamespaceModel? before, NamespaceModel after, Mode mode, NamespaceDelta delta, HashSet<(string Ns, string Device)> dirty, bool announce)
    {
        var all = mode != Mode.Known || before is null;
        Pick(delta.Sysctls, after.Sysctls, s => all || !before!.Sysctls.Contains(s), s => s.Key);
        Pick(delta.Devices, after.Devices, d => all || !before!.Devices.Contains(d) || dirty.Contains((after.Name, d.Name)), d => d.Name);
        Pick(delta.AddressesAdded, after.Addresses, a => all || !before!.Addresses.Contains(a), a => $"{a.Device} {a.Cidr}");
        Pick(delta.RoutesSet, after.Routes, r => all || !before!.Routes.Contains(r), RouteOrder);
        Pick(delta.RulesAdded, after.Rules, r => all || !before!.Rules.Contains(r), RuleOrder);
        if (announce)
            delta.Announce.AddRange(delta.AddressesAdded.Where(a => a.Announce));
        if (before is null)
            return;
        Pick(delta.AddressesRemoved, before.Addresses, a => !after.Addresses.TryGet(after.Addresses.KeyOf(a), out _), a => $"{a.Device} {a.Cidr}");
        Pick(delta.RoutesRemoved, before.Routes, r => !after.Routes.TryGet(after.Routes.KeyOf(r), out _), RouteOrder);
        Pick(delta.RulesRemoved, before.Rules, r => !after.Rules.Contains(r), RuleOrder);
        Pick(delta.FlowsRemoved, before.Flows, f => !after.Flows.Contains(f), f => f);
    }

    /// <summary>Adds the facts that pass <paramref name="keep"/>, in a stable order (most namespaces add none: no sorting, no allocation).</summary>
    private static void Pick<T>(List<T> into, IEnumerable<T> facts, Func<T, bool> keep, Func<T, string> order)
    {
        var start = into.Count;
        foreach (var fact in facts)
        {
            if (keep(fact))
                into.Add(fact);
        }

        if (into.Count - start > 1)
        {
            var picked = into.GetRange(start, into.Count - start).OrderBy(order, StringComparer.Ordinal).ToList();
            into.RemoveRange(start, picked.Count);
            into.AddRange(picked);
        }
    }

    private static string RouteOrder(RouteSpec route) => $"{route.Table:D10} {route.Destination}";

    private static string RuleOrder(RuleSpec rule) => $"{rule.Table:D10} {rule.Selector}";

    private static void DiffTable(NftTableModel? before, NftTableModel after, bool reassert, NftTableDelta delta)
    {
        delta.Ensure = reassert || before is null;
        if (delta.Ensure)
        {
            delta.SetsDeclared.AddRange(after.Sets.Values);
            delta.ChainsDeclared.AddRange(after.Chains.Values);
            delta.ChainsRewritten.AddRange(after.Chains.Values);
            delta.SetsRefilled.AddRange(after.Sets.Values);
            foreach (var (set, bag) in after.Elements.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                foreach (var element in Sorted(bag))
                    delta.Added(set, element);
            }
        }
        else
        {
            delta.SetsDeclared.AddRange(after.Sets.Values.Where(s => !before!.Sets.ContainsKey(s.Name)));
            delta.ChainsDeclared.AddRange(after.Chains.Values.Where(c => !before!.Chains.ContainsKey(c.Name)));
            delta.ChainsRewritten.AddRange(after.Chains.Values.Where(c =>
                before!.Chains.TryGetValue(c.Name, out var was) ? was.RulesText != c.RulesText : c.RulesText.Length > 0));
            foreach (var (set, bag) in after.Elements.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                // Filter, then sort: a known set of 100,000 elements usually changes by a handful.
                var was = before!.Elements.GetValueOrDefault(set);
                if (was is not null)
                {
                    foreach (var element in Sorted(was.Where(e => !bag.Contains(e))))
                        delta.Removed(set, element);
                }

                foreach (var element in Sorted(bag.Where(e => was is null || !was.Contains(e))))
                    delta.Added(set, element);
            }
        }

        if (before is null)
            return;
        delta.ChainsRemoved.AddRange(before.Chains.Values.Where(c => !after.Chains.ContainsKey(c.Name)));
        delta.SetsRemoved.AddRange(before.Sets.Values.Where(s => !after.Sets.ContainsKey(s.Name)));
    }

    private static IEnumerable<NftElement> Sorted(IEnumerable<NftElement> elements) => elements.OrderBy(e => e.Text, StringComparer.Ordinal);

    private static NamespaceRole RoleOf(string name) =>
        name == NamespaceNames.Internet ? NamespaceRole.Internet
        : name.StartsWith(NamespaceNames.GatewayPrefix, StringComparison.Ordinal) ? NamespaceRole.Gateway
        : name.StartsWith("vpc-", StringComparison.Ordinal) ? NamespaceRole.Router
        : NamespaceRole.Host;
}
