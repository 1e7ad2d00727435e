using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>
/// Operator only (R-HAVIP-5): makes one member the master, standing in for the VRRP election
/// (keepalived) when no data plane observes it. The EIP stays bound to the HaVip, so it follows.
/// </summary>
public sealed class SetHaVipMaster(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(SetHaVipMasterCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var haVip = await session.HaVips.FindAsync(accountId: null, command.HaVipId);
            if (haVip is null)
                return ApiErrors.HaVipNotFound(command.HaVipId);
            var moved = haVip.MakeMaster(command.InstanceId);
            if (!moved.IsSuccess)
                return moved.Error;
            if (moved.Value != haVip)
                await session.HaVips.UpdateAsync(moved.Value);
            return Unit.Value;
        }, cancellationToken);
}
