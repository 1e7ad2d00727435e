using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// What a DNAT entry must satisfy, whether CreateForwardEntry makes it or ModifyForwardEntry changes it: the same
/// parse and the same overlap rules, an entry never conflicting with itself. <see cref="LoadAsync"/> reads the facts
/// inside the transaction; <see cref="Create"/> and <see cref="Modify"/> are the rules over them, pure functions
/// tested without a database.
/// </summary>
public static class ForwardEntryRules
{
    public static readonly IReadOnlyList<string> Protocols = ["tcp", "udp", "any"];

    /// <summary>Ports a DNAT entry may use on an EIP that SNAT also uses, unless PortBreak lifts the limit.</summary>
    public const int SharedEipPortLimit = 1024;

    /// <summary>
    /// The checks that need no store: addresses, ports, protocol, and that "any" is all or nothing
    /// (IP mapping) and both port sides have as many ports.
    /// </summary>
    public static Result<ForwardEntrySpec> Parse(CreateForwardEntryCommand command)
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
        if (NatEntryRules.ValidateName("ForwardEntryName", command.Name) is { } badName)
            return badName;
        return new ForwardEntrySpec(command.ExternalIp, external, command.InternalIp, internalPorts, protocol, command.Name ?? "", command.PortBreak);
    }

    /// <summary>The entry as it would be after the modification, in the form a new entry is checked in.</summary>
    public static CreateForwardEntryCommand Merge(ForwardEntry entry, ModifyForwardEntryCommand command) =>
        new(command.AccountId, command.RegionId, entry.ForwardTableId,
            command.ExternalIp ?? entry.ExternalIp,
            command.ExternalPort ?? entry.ExternalPort,
            command.InternalIp ?? entry.InternalIp,
            command.InternalPort ?? entry.InternalPort,
            command.IpProtocol ?? entry.IpProtocol)
        {
            Name = command.Name ?? entry.Name,
            PortBreak = command.PortBreak ?? entry.PortBreak,
        };

    public static async Task<ForwardEntryFacts> LoadAsync(IStoreSession session, NatGateway gateway) =>
        new(
            gateway,
            await session.Networks.FindVpcAsync(gateway.AccountId, gateway.VpcId),
            await NatGatewayLookup.BoundAddressesAsync(session, gateway.NatGatewayId),
            await session.NatEntries.ListForwardAsync(gateway.NatGatewayId),
            await session.NatEntries.ListSnatAsync(gateway.NatGatewayId));

    /// <summary>CreateForwardEntry: the entry <paramref name="spec"/> asks for, if it passes <see cref="Check"/>.</summary>
    public static Result<ForwardEntry> Create(ForwardEntryFacts facts, ForwardEntrySpec spec, string forwardEntryId, DateTimeOffset now)
    {
        if (Check(facts, spec, self: null) is { } refused)
            return refused;
        var gateway = facts.Gateway;
        return new ForwardEntry
        {
            ForwardEntryId = forwardEntryId,
            AccountId = gateway.AccountId,
            RegionId = gateway.RegionId,
            NatGatewayId = gateway.NatGatewayId,
            ForwardTableId = gateway.ForwardTableId,
            Name = spec.Name,
            ExternalIp = spec.ExternalIp,
            ExternalPort = spec.ExternalPort.ToString(),
            InternalIp = spec.InternalIp,
            InternalPort = spec.InternalPort.ToString(),
            IpProtocol = spec.IpProtocol,
            PortBreak = spec.PortBreak,
            CreationTime = now,
        };
    }

    /// <summary>
    /// ModifyForwardEntry: <paramref name="spec"/> is the entry merged with the fields given (<see cref="Merge"/>) and
    /// parsed; it must pass every rule a new entry passes, the entry not overlapping itself.
    /// </summary>
    public static Result<ForwardEntry> Modify(ForwardEntryFacts facts, ForwardEntry entry, ForwardEntrySpec spec)
    {
        if (Check(facts, spec, entry.ForwardEntryId) is { } refused)
            return refused;
        return entry with
        {
            Name = spec.Name,
            ExternalIp = spec.ExternalIp,
            ExternalPort = spec.ExternalPort.ToString(),
            InternalIp = spec.InternalIp,
            InternalPort = spec.InternalPort.ToString(),
            IpProtocol = spec.IpProtocol,
            PortBreak = spec.PortBreak,
        };
    }

    /// <summary>
    /// The checks against the gateway and its other entries, in this order: an internet gateway (R-NAT-1), the internal
    /// IP in the VPC, the external IP an EIP bound to the gateway, the SNAT sharing rule and the overlap rules.
    /// <paramref name="self"/> is the entry being modified (it does not overlap itself), or null.
    /// </summary>
    private static Error? Check(ForwardEntryFacts facts, ForwardEntrySpec spec, string? self)
    {
        var gateway = facts.Gateway;
        if (NatEntryRules.RequireInternet(gateway) is { } denied)
            return denied;
        var vpc = facts.Vpc ?? throw new InvalidOperationException($"The NAT gateway {gateway.NatGatewayId} has no VPC.");
        var internalIp = Ipv4Block.ParseAddress(spec.InternalIp)!.Value;
        if (!vpc.AllCidrBlocks.Any(b => Ipv4Block.Parse(b) is { } block && block.Contains(internalIp)))
            return NatEntryErrors.InternalIpOutOfVpc(spec.InternalIp, vpc.VpcId, vpc.AllCidrBlocks);
        if (!facts.BoundAddresses.Contains(spec.ExternalIp))
            return NatEntryErrors.IpNotInNatGateway("ExternalIp", spec.ExternalIp, gateway.NatGatewayId);
        var others = facts.ForwardEntries.Where(e => e.ForwardEntryId != self).ToList();
        return SnatConflict(facts.SnatEntries, spec) ?? Conflict(others, spec);
    }

    /// <summary>
    /// (ExternalIp, ExternalPort, IpProtocol) and (InternalIp, InternalPort, IpProtocol) are each unique
    /// across the gateway's entries; "any" overlaps every port and protocol.
    /// </summary>
    private static Error? Conflict(IReadOnlyList<ForwardEntry> entries, ForwardEntrySpec spec)
    {
        foreach (var e in entries.Where(e => ProtocolsOverlap(e.IpProtocol, spec.IpProtocol)))
        {
            if (e.ExternalIp == spec.ExternalIp && PortRange.Parse(e.ExternalPort)!.Value.Overlaps(spec.ExternalPort))
                return NatEntryErrors.ExternalPortOccupied(e.ExternalIp, e.ExternalPort, e.IpProtocol, e.ForwardEntryId);
            if (e.InternalIp == spec.InternalIp && PortRange.Parse(e.InternalPort)!.Value.Overlaps(spec.InternalPort))
                return NatEntryErrors.InternalPortOccupied(e.InternalIp, e.InternalPort, e.IpProtocol, e.ForwardEntryId);
        }

        return null;
    }

    /// <summary>An EIP shared with SNAT takes no IP mapping, and ports above 1024 only with PortBreak.</summary>
    private static Error? SnatConflict(IReadOnlyList<SnatEntry> snatEntries, ForwardEntrySpec spec)
    {
        var snat = snatEntries.Where(s => s.SnatIps.Contains(spec.ExternalIp)).ToList();
        if (snat.Count == 0)
            return null;
        var ids = snat.Select(s => s.SnatEntryId);
        if (spec.ExternalPort.IsAny)
            return NatEntryErrors.ExternalIpUsedBySnat(spec.ExternalIp, ids, "an EIP used for IP mapping takes no other entry.");
        return spec.ExternalPort.Last > SharedEipPortLimit && !spec.PortBreak
            ? NatEntryErrors.ExternalIpUsedBySnat(spec.ExternalIp, ids, $"a DNAT entry on an EIP that SNAT also uses takes ports up to {SharedEipPortLimit} unless PortBreak=true.")
            : null;
    }

    private static bool ProtocolsOverlap(string a, string b) => a == b || a == "any" || b == "any";
}
