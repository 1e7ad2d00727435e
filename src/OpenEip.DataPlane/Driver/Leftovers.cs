using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Driver;

/// <summary>
/// When the driver does not know what is on the host (it just started, or a pass failed), a router, gateway
/// or the internet side may hold links and chains an earlier run made that nobody wants now: the port of
/// an ENI detached while the driver was down (still bridging its old address), a security group's chain.
/// Refilling sets and rewriting chains does not reach them, so the namespaces are inspected and what is
/// found with OpenEip's names beyond the wanted model is added to the applied model as "possibly there":
/// the full pass then deletes it like anything else that went. Hosts are not inspected: their links are
/// the peers of router ports, and go with them.
/// </summary>
internal static class Leftovers
{
    public static async Task AddToAsync(HostModel applied, HostModel wanted, IReadOnlySet<string> present, IActionExecutor executor, CancellationToken cancellationToken)
    {
        var peers = wanted.Namespaces.Values.SelectMany(n => n.Links)
            .Where(l => l.PeerNamespace is not null && l.PeerName is not null)
            .ToLookup(l => l.PeerNamespace!, l => l.PeerName!, StringComparer.Ordinal);
        foreach (var ns in wanted.Namespaces.Values.Where(n => n.Role != NamespaceRole.Host && present.Contains(n.Name)))
            Add(applied, ns, peers[ns.Name].ToHashSet(StringComparer.Ordinal), await executor.InspectAsync(ns.Name, cancellationToken));
    }

    /// <summary>Adds to <paramref name="applied"/> what <paramref name="found"/> in the namespace has beyond <paramref name="wanted"/>.</summary>
    public static void Add(HostModel applied, NamespaceModel wanted, IReadOnlySet<string> wantedPeers, NamespaceInventory found)
    {
        var links = found.Links.Where(l => LinkNames.IsOwned(l) && !wanted.Links.TryGet(l, out _) && !wantedPeers.Contains(l)).ToList();
        var chains = found.Chains.Where(c => wanted.Tables.TryGetValue($"{c.Family} {c.Table}", out var table) && !table.Chains.ContainsKey(c.Name)).ToList();
        if (links.Count == 0 && chains.Count == 0)
            return;

        var ns = applied.Find(wanted.Name) ?? applied.Add(new NamespaceModel(wanted.Name, wanted.Role));
        foreach (var link in links)
            ns.Links.TryAdd(new LinkSpec(link, link[0] == 'b' ? LinkKind.Bridge : LinkKind.Veth));
        foreach (var chain in chains)
        {
            var table = ns.Tables.GetValueOrDefault($"{chain.Family} {chain.Table}") ?? ns.AddTable(chain.Family, chain.Table);
            if (!table.Chains.ContainsKey(chain.Name))
                table.AddChain(NftChainSpec.Create(chain.Name, null, []));
        }
    }
}
