namespace OpenEip.DataPlane.Model;

/// <summary>The desired network of the whole Linux host: every OpenEip namespace by name.</summary>
internal sealed class HostModel
{
    public SortedDictionary<string, NamespaceModel> Namespaces { get; } = new(StringComparer.Ordinal);

    public NamespaceModel Add(NamespaceModel ns)
    {
        Namespaces[ns.Name] = ns;
        return ns;
    }

    public NamespaceModel? Find(string name) => Namespaces.GetValueOrDefault(name);
}
