using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// CreateForwardEntry, ModifyForwardEntry, DeleteForwardEntry and DescribeForwardTableEntries (DNAT: port
/// forwarding and IP mapping). The rules an entry obeys are <see cref="ForwardEntryRules"/>'s.
/// </summary>
public sealed class ForwardEntryLifecycle(IStore store, TimeProvider clock)
{
    public Task<Result<ForwardEntry>> CreateAsync(CreateForwardEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var parsed = ForwardEntryRules.Parse(command);
        if (!parsed.IsSuccess)
            return Task.FromResult(Result<ForwardEntry>.Fail(parsed.Error));
        var (external, internalPorts, protocol) = parsed.Value;
        return store.WriteAsync<ForwardEntry>(idempotency, async session =>
        {
            var gateway = await NatEntryTables.GatewayOfForwardTableAsync(session, command.AccountId, command.RegionId, command.ForwardTableId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (await ForwardEntryRules.CheckAsync(session, gateway.Value, command, external, internalPorts, protocol, self: null) is { } refused)
                return refused;

            var entry = new ForwardEntry
            {
                ForwardEntryId = ResourceIds.New("fwd"),
                AccountId = command.AccountId,
                RegionId = gateway.Value.RegionId,
                NatGatewayId = gateway.Value.NatGatewayId,
                ForwardTableId = gateway.Value.ForwardTableId,
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

    /// <summary>
    /// ModifyForwardEntry: the fields given replace the entry's, and the result must pass every rule a new
    /// entry passes (the entry does not overlap itself). Nothing given is a valid no-op.
    /// </summary>
    public Task<Result<ForwardEntry>> ModifyAsync(ModifyForwardEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<ForwardEntry>(idempotency, async session =>
        {
            var gateway = await NatEntryTables.GatewayOfForwardTableAsync(session, command.AccountId, command.RegionId, command.ForwardTableId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            var entry = await session.NatEntries.FindForwardAsync(command.ForwardTableId, command.ForwardEntryId);
            if (entry is null)
                return NatEntryErrors.ForwardEntryNotFound(command.ForwardEntryId, command.ForwardTableId);
            var merged = Merge(entry, command);
            var parsed = ForwardEntryRules.Parse(merged);
            if (!parsed.IsSuccess)
                return parsed.Error;
            var (external, internalPorts, protocol) = parsed.Value;
            if (await ForwardEntryRules.CheckAsync(session, gateway.Value, merged, external, internalPorts, protocol, entry.ForwardEntryId) is { } refused)
                return refused;
            var updated = entry with
            {
                Name = merged.Name ?? "",
                ExternalIp = merged.ExternalIp,
                ExternalPort = external.ToString(),
                InternalIp = merged.InternalIp,
                InternalPort = internalPorts.ToString(),
                IpProtocol = protocol,
                PortBreak = merged.PortBreak,
            };
            await session.NatEntries.UpdateForwardAsync(updated);
            return updated;
        }, cancellationToken);

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
}
