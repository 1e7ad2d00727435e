using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>
/// After a pass failed part-way, what may be on the host is what was there or what was being made: the
/// union of the two models. The next pass re-asserts the wanted model and removes the rest of the union.
/// </summary>
internal static class ModelUnion
{
    public static HostModel Of(HostModel applied, HostModel intended)
    {
        var union = new HostModel();
        foreach (var name in applied.Namespaces.Keys.Union(intended.Namespaces.Keys, StringComparer.Ordinal))
        {
            var sources = new[] { intended.Find(name), applied.Find(name) }.OfType<NamespaceModel>().ToList();
            var ns = union.Add(new NamespaceModel(name, sources[0].Role));
            foreach (var source in sources)
                Merge(ns, source);
        }

        return union;
    }

    /// <summary>Adds the facts of <paramref name="source"/> to <paramref name="target"/> (a fact whose key is taken is left out).</summary>
    public static void Merge(NamespaceModel target, NamespaceModel source)
    {
        Copy(source.Sysctls, target.Sysctls);
        Copy(source.Links, target.Links);
        Copy(source.Devices, target.Devices);
        Copy(source.Addresses, target.Addresses);
        Copy(source.Routes, target.Routes);
        Copy(source.Rules, target.Rules);
        Copy(source.Flows, target.Flows);
        foreach (var table in source.Tables.Values)
        {
            if (!target.Tables.TryGetValue(table.Key, out var into))
                into = target.AddTable(table.Family, table.Name);
            foreach (var set in table.Sets.Values.Where(s => !into.Sets.ContainsKey(s.Name)))
                into.AddSet(set);
            foreach (var chain in table.Chains.Values.Where(c => !into.Chains.ContainsKey(c.Name)))
                into.AddChain(chain);
            foreach (var (set, bag) in table.Elements)
            {
                if (into.Elements.TryGetValue(set, out var intoBag))
                    Copy(bag, intoBag);
            }
        }
    }

    private static void Copy<TKey, TFact>(KeyedBag<TKey, TFact> from, KeyedBag<TKey, TFact> to)
        where TKey : notnull
        where TFact : notnull
    {
        foreach (var fact in from)
            to.TryAdd(fact);
    }
}
