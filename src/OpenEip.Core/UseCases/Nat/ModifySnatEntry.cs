using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// ModifySnatEntry: the name, EipAffinity and the SNAT IPs, which obey the rules of CreateSnatEntry
/// (<see cref="SnatEntryRules.Modify"/>). The source cannot change, as on Alibaba.
/// </summary>
public sealed class ModifySnatEntry(IStore store)
{
    public Task<Result<SnatEntry>> ExecuteAsync(ModifySnatEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? ips = null;
        if (command.SnatIp is not null)
        {
            var parsed = SnatEntryRules.ParseSnatIps(command.SnatIp);
            if (!parsed.IsSuccess)
                return Task.FromResult(Result<SnatEntry>.Fail(parsed.Error));
            ips = parsed.Value;
        }

        if (NatEntryRules.ValidateName("SnatEntryName", command.Name) is { } badName)
            return Task.FromResult(Result<SnatEntry>.Fail(badName));
        return store.WriteAsync<SnatEntry>(idempotency, session => ModifyAsync(session, command, ips), cancellationToken);
    }

    private static async Task<Result<SnatEntry>> ModifyAsync(IStoreSession session, ModifySnatEntryCommand command, IReadOnlyList<string>? ips)
    {
        var gateway = await NatGatewayLookup.OfSnatTableAsync(session, command.AccountId, command.RegionId, command.SnatTableId);
        if (!gateway.IsSuccess)
            return gateway.Error;
        var entry = await session.NatEntries.FindSnatAsync(command.SnatTableId, command.SnatEntryId);
        if (entry is null)
            return NatEntryErrors.SnatEntryNotFound(command.SnatEntryId, command.SnatTableId);
        var facts = await SnatEntryRules.LoadAsync(session, gateway.Value, sourceVSwitchId: null);
        var updated = SnatEntryRules.Modify(facts, entry, command, ips);
        if (!updated.IsSuccess)
            return updated.Error;
        await session.NatEntries.UpdateSnatAsync(updated.Value);
        return updated.Value;
    }
}
