using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>
/// Records, for every gateway and router fact an EIP pass touches, what was there before the first touch,
/// so that the pass's delta is computed from those keys alone (not from diffing sets of 100,000 elements),
/// and so that after a failure the facts it was removing can be put back as "possibly still there".
/// </summary>
internal sealed class ModelJournal
{
    private readonly Dictionary<(string Ns, string Table, string Set, string Key), NftElement?> _elements = [];
    private readonly Dictionary<(string Ns, int Table, string Destination), RouteSpec?> _routes = [];
    private readonly Dictionary<(string Ns, string Filter), string?> _flows = [];

    public void Element(string ns, string table, string set, KeyedBag<string, NftElement> bag, string key) =>
        _elements.TryAdd((ns, table, set, key), bag.TryGet(key, out var fact) ? fact : null);

    public void Route(string ns, KeyedBag<(int Table, string Destination), RouteSpec> bag, (int Table, string Destination) key) =>
        _routes.TryAdd((ns, key.Table, key.Destination), bag.TryGet(key, out var fact) ? fact : null);

    public void Flow(string ns, KeyedBag<string, string> bag, string filter) =>
        _flows.TryAdd((ns, filter), bag.TryGet(filter, out var fact) ? fact : null);

    /// <summary>Adds the net change of every touched fact to <paramref name="delta"/>: what is gone is removed, what is new or changed is added.</summary>
    public void AddTo(ModelDelta delta, HostModel model)
    {
        foreach (var ((ns, tableKey, set, key), before) in _elements.OrderBy(e => e.Key))
        {
            var namespaceModel = model.Find(ns);
            var table = namespaceModel?.Tables.GetValueOrDefault(tableKey);
            NftElement? after = table is not null && table.Elements.TryGetValue(set, out var bag) && bag.TryGet(key, out var now) ? now : null;
            if (Equals(before, after) || namespaceModel is null || table is null)
                continue;
            var tableDelta = delta.For(ns, namespaceModel.Role).Table(table.Family, table.Name);
            if (before is not null)
                tableDelta.Removed(set, before);
            if (after is not null)
                tableDelta.Added(set, after);
        }

        foreach (var ((ns, number, destination), before) in _routes.OrderBy(r => r.Key))
        {
            if (model.Find(ns) is not { } namespaceModel)
                continue;
            RouteSpec? after = namespaceModel.Routes.TryGet((number, destination), out var now) ? now : null;
            if (Equals(before, after))
                continue;
            if (after is not null)
                delta.For(ns, namespaceModel.Role).RoutesSet.Add(after);
            else
                delta.For(ns, namespaceModel.Role).RoutesRemoved.Add(before!);
        }

        foreach (var ((ns, filter), before) in _flows.OrderBy(f => f.Key))
        {
            if (before is not null && model.Find(ns) is { } namespaceModel && !namespaceModel.Flows.TryGet(filter, out _))
                delta.For(ns, namespaceModel.Role).FlowsRemoved.Add(filter);
        }
    }

    /// <summary>After a failed pass: what it was removing may still be there, so the model keeps it for the next pass to remove again.</summary>
    public void RestoreRemoved(HostModel model)
    {
        foreach (var ((ns, tableKey, set, _), before) in _elements)
        {
            if (before is not null && model.Find(ns)?.Tables.GetValueOrDefault(tableKey) is { } table && table.Elements.TryGetValue(set, out var bag))
                bag.TryAdd(before);
        }

        foreach (var ((ns, _, _), before) in _routes)
        {
            if (before is not null)
                model.Find(ns)?.Routes.TryAdd(before);
        }

        foreach (var ((ns, _), before) in _flows)
        {
            if (before is not null)
                model.Find(ns)?.Flows.TryAdd(before);
        }
    }
}
