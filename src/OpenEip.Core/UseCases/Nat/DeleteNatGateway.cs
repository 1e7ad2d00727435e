using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// DeleteNatGateway: refused while what <see cref="NatGateway.CheckDeletable"/> names remains (deletion protection,
/// entries, bound EIPs); otherwise the gateway goes with its vSwitch address and its tags.
/// </summary>
public sealed class DeleteNatGateway(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteNatGatewayCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, session => DeleteAsync(session, command), cancellationToken);

    private static async Task<Result<Unit>> DeleteAsync(IStoreSession session, DeleteNatGatewayCommand command)
    {
        var found = await NatGatewayLookup.FindAsync(session, command.AccountId, command.RegionId, command.NatGatewayId);
        if (!found.IsSuccess)
            return found.Error;
        var gateway = found.Value;
        var deletable = gateway.CheckDeletable(await NatGatewayLookup.DependentsAsync(session, gateway.NatGatewayId));
        if (!deletable.IsSuccess)
            return deletable.Error;
        await session.PrivateIps.ReleaseOwnedAsync(NatGateway.PrivateIpOwner, gateway.NatGatewayId);
        await TaggedResources.RemoveAllAsync(session, ResourceTypes.NatGateway, gateway.NatGatewayId);
        await session.NatGateways.DeleteAsync(gateway.NatGatewayId);
        return Unit.Value;
    }
}
