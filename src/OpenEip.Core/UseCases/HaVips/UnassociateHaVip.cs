using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>UnassociateHaVip: a member leaves (<see cref="OpenEip.Core.HaVips.HaVip.RemoveMember"/> says whether it may and who is master next).</summary>
public sealed class UnassociateHaVip(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(UnassociateHaVipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await HaVipLookup.FindAsync(session, command.AccountId, command.RegionId, command.HaVipId);
            if (!found.IsSuccess)
                return found.Error;
            var left = found.Value.RemoveMember(command.InstanceId);
            if (!left.IsSuccess)
                return left.Error;
            await session.HaVips.UpdateAsync(left.Value);
            return Unit.Value;
        }, cancellationToken);
}
