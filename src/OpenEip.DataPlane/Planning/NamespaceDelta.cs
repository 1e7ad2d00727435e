using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>What changes in one namespace, by kind of fact; the planner orders the kinds across namespaces.</summary>
internal sealed class NamespaceDelta(string name, NamespaceRole role)
{
    public string Name { get; } = name;
    public NamespaceRole Role { get; } = role;

    /// <summary>Create it (a no-op if it exists).</summary>
    public bool Create { get; set; }
    public bool Delete { get; set; }

    /// <summary>Its ip facts were all re-emitted: the namespace is new, or its state is not known.</summary>
    public bool Reasserted { get; set; }

    public List<SysctlFact> Sysctls { get; } = [];
    public List<LinkSpec> LinksRemoved { get; } = [];
    public List<LinkSpec> LinksAdded { get; } = [];
    public List<DeviceSpec> Devices { get; } = [];
    public List<AddressSpec> AddressesRemoved { get; } = [];
    public List<AddressSpec> AddressesAdded { get; } = [];
    public List<RouteSpec> RoutesRemoved { get; } = [];
    public List<RouteSpec> RoutesSet { get; } = [];
    public List<RuleSpec> RulesRemoved { get; } = [];
    public List<RuleSpec> RulesAdded { get; } = [];
    public List<string> FlowsRemoved { get; } = [];
    public List<AddressSpec> Announce { get; } = [];
    public SortedDictionary<string, NftTableDelta> Tables { get; } = new(StringComparer.Ordinal);

    public NftTableDelta Table(string family, string table)
    {
        var key = $"{family} {table}";
        if (!Tables.TryGetValue(key, out var delta))
            Tables[key] = delta = new NftTableDelta(family, table);
        return delta;
    }
}
