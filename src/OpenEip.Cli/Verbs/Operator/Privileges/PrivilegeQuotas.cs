namespace OpenEip.Cli.Verbs.Operator.Privileges;

/// <summary>
/// The privileges an operator grants, by the short names the CLI gives them. On the server each is a quota that
/// is 1 when granted and 0 when not (Alibaba grants them through a quota application).
/// </summary>
public static class PrivilegeQuotas
{
    public sealed record Privilege(string Name, string QuotaName);

    /// <summary>In the order <c>privilege list</c> shows them.</summary>
    public static IReadOnlyList<Privilege> All { get; } =
    [
        // R-HAVIP-1: creating HaVips.
        new("havip", "havip-privilege"),
        // R-MULTI-4: the closed MULTI_BINDED mode of EIPs on ENIs.
        new("multi-binded", "eip-multi-binded-privilege"),
    ];

    public static string QuotaNameOf(string name) => All.First(p => p.Name == name).QuotaName;
}
