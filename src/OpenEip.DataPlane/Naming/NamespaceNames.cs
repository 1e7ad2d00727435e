using System.Text.RegularExpressions;

namespace OpenEip.DataPlane.Naming;

/// <summary>
/// The network namespaces OpenEip owns (ADR 4): the internet side, a gateway per region, a router per
/// VPC (named by the VPC id) and a host per instance, unattached ENI or CLB (named by its id). Only names
/// of these shapes are ever deleted as orphans, so a namespace someone else made is never touched.
/// </summary>
public static partial class NamespaceNames
{
    public const string Internet = "openeip-internet";
    public const string GatewayPrefix = "openeip-gw-";

    public static string Gateway(string regionId) => GatewayPrefix + regionId;

    public static string Router(string vpcId) => vpcId;

    /// <summary>Whether a name is one OpenEip would have given: the internet, a region gateway, or a resource id it names hosts and routers by.</summary>
    public static bool IsOwned(string name) => name == Internet || GatewayPattern().IsMatch(name) || ResourcePattern().IsMatch(name);

    /// <summary>Whether a name can be a namespace name (a file under /run/netns) and an argument of ip and nft without quoting.</summary>
    public static bool IsValid(string name) => name.Length is > 0 and <= 128 && SafePattern().IsMatch(name);

    [GeneratedRegex("^openeip-gw-[a-z0-9][a-z0-9-]*$")]
    private static partial Regex GatewayPattern();

    // OpenEip's ids: the prefix, a dash and 20 lower-case letters and digits (ResourceIds.New).
    [GeneratedRegex("^(vpc|i|eni|lb)-[a-z0-9]{20}$")]
    private static partial Regex ResourcePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex SafePattern();
}
