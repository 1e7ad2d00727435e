using System.Globalization;
using OpenEip.Core.Compute;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// One security group rule as an nftables rule, as ECS means it: the peer (a CIDR, an address, or another
/// group's members), the protocol (tcp, udp, icmp, gre, all, by number so that no protocol database is
/// needed), the destination port range ("22/22", "1/1024"; "-1/-1" and "1/65535" mean every port), and the
/// policy. On egress an accepted packet returns to the forward chain (the destination's ingress still
/// applies); on ingress it is accepted.
/// </summary>
internal static class SecurityRuleText
{
    public const string Ingress = "ingress";
    public const string Egress = "egress";

    public static string? Render(SecurityGroupRule rule, Func<string, string> memberSet)
    {
        var ingress = string.Equals(rule.Direction, Ingress, StringComparison.OrdinalIgnoreCase);
        var (group, cidr, field) = ingress ? (rule.SourceGroupId, rule.SourceCidrIp, "saddr") : (rule.DestGroupId, rule.DestCidrIp, "daddr");
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(group))
            parts.Add($"ip {field} @{memberSet(group)}");
        else if (!string.IsNullOrEmpty(cidr))
        {
            if (Ip.Block(cidr) is not { } block)
                return null;
            if (block.PrefixLength != 0)
                parts.Add($"ip {field} {(block.PrefixLength == 32 ? Core.Networks.Ipv4Block.ToText(block.First) : block.ToString())}");
        }

        var protocol = rule.IpProtocol.ToLowerInvariant();
        var number = protocol switch { "tcp" => "6", "udp" => "17", "icmp" => "1", "gre" => "47", "all" => "", _ => null };
        if (number is null)
            return null;
        if (number.Length > 0)
            parts.Add($"meta l4proto {number}");
        if (protocol is "tcp" or "udp")
        {
            if (!Ports(rule.PortRange, out var ports))
                return null;
            if (ports is not null)
                parts.Add($"th dport {ports}");
        }

        var policy = rule.Policy.ToLowerInvariant();
        parts.Add(policy switch { "accept" => ingress ? "accept" : "return", "drop" => "drop", _ => "" });
        if (parts[^1].Length == 0)
            return null;
        parts.Add($"comment \"{Comment(rule.SecurityGroupRuleId)}\"");
        return string.Join(' ', parts);
    }

    /// <summary>Null ports for every port; false when the range is not one ECS accepts.</summary>
    private static bool Ports(string range, out string? ports)
    {
        ports = null;
        var parts = range.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to))
            return false;
        if ((from, to) is (-1, -1) or (1, 65535))
            return true;
        if (from is < 1 or > 65535 || to is < 1 or > 65535 || from > to)
            return false;
        ports = from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}-{to}";
        return true;
    }

    private static string Comment(string id) => new(id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').Take(64).ToArray());
}
