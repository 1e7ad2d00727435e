using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>CreateForwardEntry, DeleteForwardEntry and DescribeForwardTableEntries (DNAT: port forwarding and IP mapping).</summary>
public sealed class ForwardEntryLifecycle(IStore store, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Protocols = ["tcp", "udp", "any"];

    /// <summary>Ports a DNAT entry may use on an EIP that SNAT also uses, unless PortBreak lifts the limit.</summary>
    public const int SharedEipPortLimit = 1024;

    public Task<Result<ForwardEntry>> CreateAsync(CreateForwardEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var parsed = Parse(command);
        if (!parsed.IsSuccess)
            return Task.FromResult(Result<ForwardEntry>.Fail(parsed.Error));
        var (external, internalPorts, protocol) = parsed.Value;
        return store.WriteAsync<ForwardEntry>(idempotency, async session =>
        {
            var found = await NatEntryTables.GatewayOfForwardTableAsync(session, command.AccountId, command.RegionId, command.ForwardTableId);
            if (!found.IsSuccess)
                return found.Error;
            var gateway = found.Value;
            if (NatEntryTables.RequireInternet(gateway) is { } denied)
                return denied;
            var vpc = await session.Networks.FindVpcAsync(gateway.AccountId, gateway.VpcId)
                ?? throw new InvalidOperationException($"The NAT gateway {gateway.NatGatewayId} has no VPC.");
            var internalIp = Ipv4Block.ParseAddress(command.InternalIp)!.Value;
            if (!vpc.AllCidrBlocks.Any(b => Ipv4Block.Parse(b) is { } block && block.Contains(internalIp)))
                return NatEntryErrors.InternalIpOutOfVpc(command.InternalIp, vpc.VpcId, vpc.AllCidrBlocks);
            if (!(await NatEntryTables.BoundAddressesAsync(session, gateway.NatGatewayId)).Contains(command.ExternalIp))
                return NatEntryErrors.IpNotInNatGateway("ExternalIp", command.ExternalIp, gateway.NatGatewayId);
            var conflict = await SnatConflictAsync(session, gateway, command, external)
                ?? Conflict(await session.NatEntries.ListForwardAsync(gateway.NatGatewayId), command, external, internalPorts, protocol);
            if (conflict is not null)
                return conflict;

            var entry = new ForwardEntry
            {
                ForwardEntryId = ResourceIds.New("fwd"),
                AccountId = command.AccountId,
                RegionId = gateway.RegionId,
                NatGatewayId = gateway.NatGatewayId,
                ForwardTableId = gateway.ForwardTableId,
                Name = command.Name ?? "",
                ExternalIp = command.ExternalIp,
                ExternalPort = external.ToString(),
                InternalIp = command.InternalIp,
                InternalPort = internalPorts.ToString(),
                IpProtocol = protocol,
                PortBreak = command.PortBreak,
                CreationTime = clock.GetUtcNow(),
            };
            await session.NatEntries.InsertForwardAsync(entry);
            return entry;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string forwardTableId, string forwardEntryId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var gateway = await NatEntryTables.GatewayOfForwardTableAsync(session, accountId, regionId, forwardTableId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (await session.NatEntries.FindForwardAsync(forwardTableId, forwardEntryId) is null)
                return NatEntryErrors.ForwardEntryNotFound(forwardEntryId, forwardTableId);
            await session.NatEntries.DeleteForwardAsync(forwardEntryId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>The entries of one forward table, named by its id or by its gateway's (query.ForwardTableId empty).</summary>
    public Task<Result<Page<ForwardEntry>>> DescribeAsync(string accountId, string regionId, string? natGatewayId, ForwardEntryQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<Page<ForwardEntry>>>(async session =>
        {
            var gateway = await NatEntryTables.GatewayToDescribeAsync(session, accountId, regionId, query.ForwardTableId, "ForwardTableId", natGatewayId,
                NatEntryTables.GatewayOfForwardTableAsync);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (gateway.Value is null)
                return new Page<ForwardEntry>([], 0);
            return await session.NatEntries.QueryForwardAsync(query with { ForwardTableId = gateway.Value.ForwardTableId });
        }, cancellationToken);

    /// <summary>
    /// The checks that need no store: addresses, ports, protocol, and that "any" is all or nothing
    /// (IP mapping) and both port sides have as many ports.
    /// </summary>
    private static Result<(PortRange External, PortRange Internal, string Protocol)> Parse(CreateForwardEntryCommand command)
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
