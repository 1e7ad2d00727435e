using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.Networks;

namespace OpenEip.Core.Compute;

/// <summary>Validation of permissions as ECS documents them.</summary>
public static class SecurityGroupRules
{
    public const int MaxRulesPerGroup = 200;

    public static readonly IReadOnlyList<string> Protocols = ["tcp", "udp", "icmp", "gre", "all"];
    public static readonly IReadOnlyList<string> Policies = ["accept", "drop"];

    /// <summary>TCP/UDP need a range 1–65535 ("80/80", "1/1024"); the other protocols take only "-1/-1".</summary>
    public static Error? ValidatePortRange(string protocol, string portRange)
    {
        var parts = portRange.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to))
            return ApiErrors.InvalidParameter("PortRange", "a range such as 22/22, 1/1024 or -1/-1 is expected.");
        if (protocol is "tcp" or "udp")
            return from is >= 1 and <= 65535 && to is >= 1 and <= 65535 && from <= to
                ? null
                : ApiErrors.InvalidParameter("PortRange", "for tcp and udp the range is within 1/65535, the first port not above the second.");
        return from == -1 && to == -1 ? null : ApiErrors.InvalidParameter("PortRange", $"for {protocol} the range is -1/-1.");
    }

    public static Error? ValidateCidr(string parameter, string? cidr)
    {
        if (string.IsNullOrEmpty(cidr))
            return null;
        return Ipv4Block.Parse(cidr) is not null || Ipv4Block.ParseAddress(cidr) is not null
            ? null
            : ApiErrors.InvalidParameter(parameter, "an IPv4 address or CIDR block such as 0.0.0.0/0 is expected.");
    }
}
