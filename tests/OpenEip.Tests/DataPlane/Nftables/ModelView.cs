using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>Reading a rendered model and a plan in tests.</summary>
internal static class ModelView
{
    public static NamespaceModel Ns(this HostModel model, string name) => model.Find(name) ?? throw new Xunit.Sdk.XunitException($"No namespace {name}.");

    public static List<string> Elements(this HostModel model, string ns, string set, string table = NftSkeletons.IpTable) =>
        [.. model.Ns(ns).Table(table).ElementsOf(set).Select(e => e.Text).Order(StringComparer.Ordinal)];

    public static List<string> Rules(this HostModel model, string ns, string chain) => [.. model.Ns(ns).Table(NftSkeletons.IpTable).Chains[chain].Rules];

    public static List<string> Addresses(this HostModel model, string ns) =>
        [.. model.Ns(ns).Addresses.Select(a => $"{a.Cidr} dev {a.Device}").Order(StringComparer.Ordinal)];

    public static string Script(this IEnumerable<DataPlaneAction> actions, string ns) =>
        string.Concat(actions.OfType<NftScript>().Where(s => s.Namespace == ns).Select(s => s.Script));

    public static List<string> IpLines(this IEnumerable<DataPlaneAction> actions, string ns) =>
        [.. actions.OfType<IpCommands>().Where(c => c.Namespace == ns).SelectMany(c => c.Lines)];

    public static List<string> Conntrack(this IEnumerable<DataPlaneAction> actions) =>
        [.. actions.OfType<DeleteConntrack>().Select(d => $"{d.Namespace}: {string.Join(' ', d.Filter)}")];

    public static string Describe(this IEnumerable<DataPlaneAction> actions) => string.Join('\n', actions.Select(a => a switch
    {
        NftScript s => $"nft [{s.Namespace}]\n  " + s.Script.TrimEnd().Replace("\n", "\n  ", StringComparison.Ordinal),
        IpCommands c => $"ip -n {c.Namespace}{(c.IgnoreErrors ? " (ignore errors)" : "")}\n  " + string.Join("\n  ", c.Lines),
        DeleteConntrack d => $"conntrack -D [{d.Namespace}] {string.Join(' ', d.Filter)}",
        _ => a.ToString(),
    }));
}
