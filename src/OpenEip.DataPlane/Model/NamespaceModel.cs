namespace OpenEip.DataPlane.Model;

/// <summary>Everything OpenEip wants in one network namespace, as facts the diff compares one by one.</summary>
internal sealed class NamespaceModel(string name, NamespaceRole role)
{
    public string Name { get; } = name;
    public NamespaceRole Role { get; } = role;

    public KeyedBag<string, SysctlFact> Sysctls { get; } = new(s => s.Key);
    public KeyedBag<string, LinkSpec> Links { get; } = new(l => l.Name);
    public KeyedBag<string, DeviceSpec> Devices { get; } = new(d => d.Name);
    public KeyedBag<(string Device, string Cidr), AddressSpec> Addresses { get; } = new(a => (a.Device, a.Cidr));
    public KeyedBag<(int Table, string Destination), RouteSpec> Routes { get; } = new(r => (r.Table, r.Destination));
    public KeyedBag<RuleSpec, RuleSpec> Rules { get; } = new(r => r);

    /// <summary>Conntrack filters of the mappings this namespace carries: when one goes, its connections are cut.</summary>
    public KeyedBag<string, string> Flows { get; } = new(f => f);

    public SortedDictionary<string, NftTableModel> Tables { get; } = new(StringComparer.Ordinal);

    public NftTableModel AddTable(string family, string name)
    {
        var table = new NftTableModel(family, name);
        Tables[table.Key] = table;
        return table;
    }

    public NftTableModel Table(string key) =>
        Tables.TryGetValue(key, out var table) ? table : throw new InvalidOperationException($"No table {key} in namespace {Name}.");
}
