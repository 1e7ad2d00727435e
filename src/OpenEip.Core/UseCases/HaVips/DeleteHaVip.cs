using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>DeleteHaVip: only a HaVip without members and without a bound EIP; its private IP and tags go with it.</summary>
public sealed class DeleteHaVip(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteHaVipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var haVipId = command.HaVipId;
            var haVip = await HaVipLookup.FindAsync(session, command.AccountId, command.RegionId, haVipId);
            if (!haVip.IsSuccess)
                return haVip.Error;
            if (haVip.Value.Members.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.HaVip", $"The HaVip {haVipId} is still associated with {string.Join(", ", haVip.Value.Members.Select(m => m.InstanceId))}.");
            var eips = await session.Eips.ListBoundToAsync([haVipId]);
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(haVipId, eips.Select(e => e.AllocationId));
            await session.PrivateIps.ReleaseOwnedAsync(CreateHaVip.OwnerType, haVipId);
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.HaVip, haVipId);
            await session.HaVips.DeleteAsync(haVipId);
            return Unit.Value;
        }, cancellationToken);
}
