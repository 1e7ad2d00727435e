using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>CreateSnatEntry (R-NAT-5): the parameters checked first, then <see cref="SnatEntryRules.Create"/> over the facts read in the transaction.</summary>
public sealed class CreateSnatEntry(IStore store, TimeProvider clock)
{
    public Task<Result<SnatEntry>> ExecuteAsync(CreateSnatEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var ips = SnatEntryRules.ParseSnatIps(command.SnatIp);
        if (!ips.IsSuccess)
            return Task.FromResult(Result<SnatEntry>.Fail(ips.Error));
        var invalid = SnatEntryRules.ValidateSource(command) ?? NatEntryRules.ValidateName("SnatEntryName", command.Name);
        if (invalid is not null)
            return Task.FromResult(Result<SnatEntry>.Fail(invalid));
        return store.WriteAsync<SnatEntry>(idempotency, session => CreateAsync(session, command, ips.Value), cancellationToken);
    }

    private async Task<Result<SnatEntry>> CreateAsync(IStoreSession session, CreateSnatEntryCommand command, IReadOnlyList<string> ips)
    {
        var gateway = await NatGatewayLookup.OfSnatTableAsync(session, command.AccountId, command.RegionId, command.SnatTableId);
        if (!gateway.IsSuccess)
            return gateway.Error;
        var facts = await SnatEntryRules.LoadAsync(session, gateway.Value, command.SourceVSwitchId);
        var entry = SnatEntryRules.Create(facts, command, ips, ResourceIds.New("snat"), clock.GetUtcNow());
        if (!entry.IsSuccess)
            return entry.Error;
        await session.NatEntries.InsertSnatAsync(entry.Value);
        return entry.Value;
    }
}
