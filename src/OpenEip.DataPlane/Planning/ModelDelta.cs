using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>The difference between what is applied and what is wanted, per namespace.</summary>
internal sealed class ModelDelta
{
    public SortedDictionary<string, NamespaceDelta> Namespaces { get; } = new(StringComparer.Ordinal);

    public NamespaceDelta For(string name, NamespaceRole role)
    {
        if (!Namespaces.TryGetValue(name, out var delta))
            Namespaces[name] = delta = new NamespaceDelta(name, role);
        return delta;
    }

    public NamespaceDelta? Find(string name) => Namespaces.GetValueOrDefault(name);
}
