using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// ModifyNatGatewayAttribute: Name, Description, IcmpReplyEnabled and EipBindMode, decided by
/// <see cref="NatGateway.Modify"/> over the gateway's status now and the EIPs bound to it.
/// </summary>
public sealed class ModifyNatGateway(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(ModifyNatGatewayCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, session => ModifyAsync(session, command), cancellationToken);
    }

    private async Task<Result<Unit>> ModifyAsync(IStoreSession session, ModifyNatGatewayCommand command)
    {
        var found = await NatGatewayLookup.FindAsync(session, command.AccountId, command.RegionId, command.NatGatewayId);
        if (!found.IsSuccess)
            return found.Error;
        var gateway = found.Value;
        var bound = await session.Eips.ListBoundToAsync([gateway.NatGatewayId]);
        var changes = new NatGatewayChanges
        {
            Name = command.Name,
            Description = command.Description,
            EipBindMode = command.EipBindMode,
            IcmpReplyEnabled = command.IcmpReplyEnabled,
        };
        var modified = gateway.Modify(changes, bound.Count, clock.GetUtcNow(), timings.NatGatewayCreating);
        if (!modified.IsSuccess)
            return modified.Error;
        await session.NatGateways.UpdateAsync(modified.Value);
        return Unit.Value;
    }
}
