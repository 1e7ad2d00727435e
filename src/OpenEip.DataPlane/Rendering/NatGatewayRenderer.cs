using System.Globalization;
using OpenEip.Core.Nat;
using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// A VPC's internet NAT gateways in its router (R-NAT-5). SNAT: one rule per entry, the most specific
/// source first (P11: a /32 inside a /24 cannot share an interval map), spread over several EIPs by a hash
/// of the source (EipAffinity=1: a client keeps one EIP) or of source and destination (a client keeps one
/// EIP per destination; never per packet, which would break portless protocols, P8). DNAT: a port or a
/// same-sized range maps into the forward maps; "any" ports (IP mapping) map the whole address.
/// </summary>
internal static class NatGatewayRenderer
{
    public static void Render(VpcContext vpc, NamespaceModel ns, NftTableModel table)
    {
        var snat = vpc.Desired.NatGateways.SelectMany(g => g.SnatEntries)
            .Select(e => (Entry: e, Block: Ip.Block(e.SourceCidr), Ips: e.SnatIps.Select(Ip.Address).OfType<string>().Distinct(StringComparer.Ordinal).ToList()))
            .Where(s => s.Block is not null && s.Ips.Count > 0)
            .OrderByDescending(s => s.Block!.Value.PrefixLength).ThenBy(s => s.Entry.SnatEntryId, StringComparer.Ordinal)
            .ToList();
        var rules = new List<string>();
        foreach (var (entry, block, ips) in snat)
        {
            var source = block!.Value;
            rules.Add($"ip saddr {source} snat to {Target(entry, ips)} comment \"{Comment(entry.SnatEntryId)}\"");
            foreach (var ip in ips)
                ns.Flows.TryAdd($"-s {Core.Networks.Ipv4Block.ToText(source.First)} --mask-src {Ip.Mask(source.PrefixLength)} --reply-dst {ip}");
        }

        table.AddChain(NftChainSpec.Create(NftSkeletons.NatGatewaySnat, null, rules));

        foreach (var entry in vpc.Desired.NatGateways.SelectMany(g => g.ForwardEntries).OrderBy(e => e.ForwardEntryId, StringComparer.Ordinal))
            Forward(entry, ns, table);
    }

    private static string Target(SnatEntry entry, List<string> ips)
    {
        if (ips.Count == 1)
            return ips[0];
        var hash = entry.EipAffinity == 1 ? "ip saddr" : "ip saddr . ip daddr";
        var map = string.Join(", ", ips.Select((ip, i) => $"{i.ToString(CultureInfo.InvariantCulture)} : {ip}"));
        return $"jhash {hash} mod {ips.Count.ToString(CultureInfo.InvariantCulture)} map {{ {map} }}";
    }

    private static void Forward(ForwardEntry entry, NamespaceModel ns, NftTableModel table)
    {
        if (Ip.Address(entry.ExternalIp) is not { } external || Ip.Address(entry.InternalIp) is not { } internalIp)
            return;
        if (entry.IsIpMapping)
        {
            if (table.ElementsOf(NftSkeletons.ForwardIp).TryAdd(new NftElement(external, internalIp)) != AddResult.Conflict)
                ns.Flows.TryAdd($"--orig-dst {external} --reply-src {internalIp}");
            return;
        }

        if (PortRange.Parse(entry.ExternalPort) is not { IsAny: false } outside || PortRange.Parse(entry.InternalPort) is not { IsAny: false } inside || outside.Count != inside.Count)
            return;
        var protocols = entry.IpProtocol.ToLowerInvariant() switch { "tcp" => ["tcp"], "udp" => ["udp"], "any" => new[] { "tcp", "udp" }, _ => [] };
        foreach (var protocol in protocols)
        {
            var ports = table.ElementsOf(protocol == "tcp" ? NftSkeletons.ForwardTcp : NftSkeletons.ForwardUdp);
            if (outside.Count == 1)
            {
                ports.TryAdd(new NftElement($"{external} . {outside.First}", $"{internalIp} . {inside.First}"));
                ns.Flows.TryAdd($"-p {protocol} --orig-dst {external} --orig-port-dst {outside.First}");
                continue;
            }

            if (outside == inside)
                table.ElementsOf(protocol == "tcp" ? NftSkeletons.ForwardTcpRange : NftSkeletons.ForwardUdpRange)
                    .TryAdd(new NftElement($"{external} . {outside.First}-{outside.Last}", internalIp));
            else
            {
                // A shifted range: nft maps cannot add an offset, so each port is its own element.
                for (var k = 0; k < outside.Count; k++)
                    ports.TryAdd(new NftElement($"{external} . {outside.First + k}", $"{internalIp} . {inside.First + k}"));
            }

            ns.Flows.TryAdd($"-p {protocol} --orig-dst {external} --reply-src {internalIp}");
        }
    }

    private static string Comment(string id) => new(id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').Take(64).ToArray());
}
