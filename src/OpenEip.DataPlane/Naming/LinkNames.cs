using System.Globalization;

namespace OpenEip.DataPlane.Naming;

/// <summary>
/// Interface names, within Linux's 15 characters (ADR 4): a letter for the kind and 12 hex digits of
/// SHA-256 of what the link stands for. A host port hashes its host namespace with the interface id, so
/// an ENI that moves to another host gets a new port name and never races the asynchronous teardown of
/// the namespace it left.
/// </summary>
public static class LinkNames
{
    public const int MaxLength = 15;
    public const int HashDigits = 12;

    /// <summary>The router's end of its VPC link and the gateway's end of its region link.</summary>
    public const string Uplink = "up0";

    public static string Bridge(string vSwitchId, int salt = 0) => Named('b', vSwitchId, salt);

    public static string HostPort(string hostNamespace, string interfaceId, int salt = 0) => Named('h', hostNamespace + "/" + interfaceId, salt);

    public static string VpcLink(string vpcId, int salt = 0) => Named('v', vpcId, salt);

    public static string RegionLink(string regionId, int salt = 0) => Named('r', regionId, salt);

    /// <summary>Whether a link's name is one OpenEip gives (a kind letter and 12 hex digits): only those are ever deleted as leftovers.</summary>
    public static bool IsOwned(string name) =>
        name.Length == HashDigits + 1 && name[0] is 'b' or 'h' or 'v' or 'r' && !name.AsSpan(1).ContainsAnyExcept("0123456789abcdef");

    /// <summary>An interface inside a host, as the guest OS would name it.</summary>
    public static string HostInterface(int deviceIndex) => "eth" + deviceIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A pinned, locally administered unicast MAC for a bridge (recipe P2: a bridge otherwise takes its
    /// lowest port's MAC, and its neighbours' ARP entries go stale when ports change).
    /// </summary>
    public static string BridgeMac(string vSwitchId)
    {
        var hash = NameHash.Of("mac/" + vSwitchId);
        return $"02:{hash[0]:x2}:{hash[1]:x2}:{hash[2]:x2}:{hash[3]:x2}:{hash[4]:x2}";
    }

    // A salt only when two ids of one namespace collide on 48 bits (UniqueNames).
    private static string Named(char kind, string key, int salt) =>
        kind + NameHash.Hex(salt == 0 ? key : key + "#" + salt.ToString(CultureInfo.InvariantCulture), HashDigits);
}
