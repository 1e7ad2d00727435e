using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// What a DNAT entry must satisfy, whether CreateForwardEntry makes it or ModifyForwardEntry changes it:
/// the same parse and the same overlap rules, an entry never conflicting with itself.
/// </summary>
internal static class ForwardEntryRules
{
    public static readonly IReadOnlyList<string> Protocols = ["tcp", "udp", "any"];

    /// <summary>Ports a DNAT entry may use on an EIP that SNAT also uses, unless PortBreak lifts the limit.</summary>
    public const int SharedEipPortLimit = 1024;

    /// <summary>
    /// The checks that need no store: addresses, ports, protocol, and that "any" is all or nothing
    /// (IP mapping) and both port sides have as many ports.
    /// </summary>
    public static Result<(PortRange External, PortRange Internal, string Protocol)> Parse(CreateForwardEntryCommand command)
    {
        if (Ipv4Block.ParseAddress(command.ExternalIp) is null)
            return NatEntryErrors.IpMalformed("ExternalIp", command.ExternalIp, "the IPv4 address of an EIP associated with the NAT gateway is expected.");
        var protocol = Protocols.FirstOrDefault(p => string.Equals(p, command.IpProtocol, StringComparison.OrdinalIgnoreCase));
        if (protocol is null)
            return NatEntryErrors.ProtocolNotSupported(command.IpProtocol);
        const string portForms = "a port from 1 to 65535, a range such as 10/20, or any.";
        if (PortRange.Parse(command.ExternalPort) is not { } external)
            return NatEntryErrors.PortMalformed("ExternalPort", command.ExternalPort, portForms);
        if (PortRange.Parse(command.InternalPort) is not { } internalPorts)
            return NatEntryErrors.PortMalformed("InternalPort", command.InternalPort, portForms);
        if (external.IsAny != internalPorts.IsAny || external.IsAny != (protocol == "any"))
            return NatEntryErrors.IpMappingNeedsAny();
        if (external.Count != internalPorts.Count)
            return NatEntryErrors.PortMalformed("InternalPort", command.InternalPort, $"ExternalPort {external} has {external.Count} ports; InternalPort needs as many.");
        if (Ipv4Block.ParseAddress(command.InternalIp) is null)
            return NatEntryErrors.InternalIpMalformed(command.InternalIp);
        if (NatEntryTables.ValidateName("ForwardEntryName", command.Name) is { } badName)
            return badName;
        return (external, internalPorts, protocol);
    }

    /// <summary>
    /// The checks against the gateway and its other entries: an internet gateway, the internal IP in the
    /// VPC, the external IP an EIP bound to the gateway, the SNAT sharing rule and the overlap rules.
    /// <paramref name="self"/> is the entry being modified (it does not overlap itself), or null.
    /// </summary>
    public static async Task<Error?> CheckAsync(
        IStoreSession session, NatGateway gateway, CreateForwardEntryCommand command, PortRange external, PortRange internalPorts, string protocol, string? self)
    {
        if (NatEntryTables.RequireInternet(gateway) is { } denied)
            return denied;
        var vpc = await session.Networks.FindVpcAsync(gateway.AccountId, gateway.VpcId)
            ?? throw new InvalidOperationException($"The NAT gateway {gateway.NatGatewayId} has no VPC.");
        var internalIp = Ipv4Block.ParseAddress(command.InternalIp)!.Value;
        if (!vpc.AllCidrBlocks.Any(b => Ipv4Block.Parse(b) is { } block && block.Contains(internalIp)))
            return NatEntryErrors.InternalIpOutOfVpc(command.InternalIp, vpc.VpcId, vpc.AllCidrBlocks);
        if (!(await NatEntryTables.BoundAddressesAsync(session, gateway.NatGatewayId)).Contains(command.ExternalIp))
            return NatEntryErrors.IpNotInNatGateway("ExternalIp", command.ExternalIp, gateway.NatGatewayId);
        var others = (await session.NatEntries.ListForwardAsync(gateway.NatGatewayId)).Where(e => e.ForwardEntryId != self).ToList();
        return await SnatConflictAsync(session, gateway, command, external) ?? Conflict(others, command, external, internalPorts, protocol);
    }

    /// <summary>
    /// (ExternalIp, ExternalPort, IpProtocol) and (InternalIp, InternalPort, IpProtocol) are each unique
    /// across the gateway's entries; "any" overlaps every port and protocol.
    /// </summary>
    private static Error? Conflict(IReadOnlyList<ForwardEntry> entries, CreateForwardEntryCommand command, PortRange external, PortRange internalPorts, string protocol)
    {
        foreach (var e in entries.Where(e => ProtocolsOverlap(e.IpProtocol, protocol)))
        {
            if (e.ExternalIp == command.ExternalIp && PortRange.Parse(e.ExternalPort)!.Value.Overlaps(external))
                return NatEntryErrors.ExternalPortOccupied(e.ExternalIp, e.ExternalPort, e.IpProtocol, e.ForwardEntryId);
            if (e.InternalIp == command.InternalIp && PortRange.Parse(e.InternalPort)!.Value.Overlaps(internalPorts))
                return NatEntryErrors.InternalPortOccupied(e.InternalIp, e.InternalPort, e.IpProtocol, e.ForwardEntryId);
        }

        return null;
    }

    /// <summary>An EIP shared with SNAT takes no IP mapping, and ports above 1024 only with PortBreak.</summary>
    private static async Task<Error?> SnatConflictAsync(IStoreSession session, NatGateway gateway, CreateForwardEntryCommand command, PortRange external)
    {
        var snat = await session.NatEntries.ListSnatAsync(gateway.NatGatewayId, command.ExternalIp);
        if (snat.Count == 0)
            return null;
        var ids = snat.Select(s => s.SnatEntryId);
        if (external.IsAny)
            return NatEntryErrors.ExternalIpUsedBySnat(command.ExternalIp, ids, "an EIP used for IP mapping takes no other entry.");
        return external.Last > SharedEipPortLimit && !command.PortBreak
            ? NatEntryErrors.ExternalIpUsedBySnat(command.ExternalIp, ids, $"a DNAT entry on an EIP that SNAT also uses takes ports up to {SharedEipPortLimit} unless PortBreak=true.")
            : null;
    }

    private static bool ProtocolsOverlap(string a, string b) => a == b || a == "any" || b == "any";
}
