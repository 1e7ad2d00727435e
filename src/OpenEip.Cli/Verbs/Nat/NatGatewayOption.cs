using System.CommandLine;

namespace OpenEip.Cli.Verbs.Nat;

/// <summary><c>--nat</c>: the gateway whose SNAT or DNAT entries a <c>nat snat</c>/<c>nat dnat</c> verb works on.</summary>
public static class NatGatewayOption
{
    public static Option<string> Create() => new("--nat") { Description = "The NAT gateway (ngw-…)", Required = true };
}
