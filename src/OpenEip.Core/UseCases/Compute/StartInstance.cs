using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>StartInstance: a Stopped instance starts (<see cref="Instance.Start"/>).</summary>
public sealed class StartInstance(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(StartInstanceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var instance = await InstanceLookup.FindAsync(session, command.AccountId, command.InstanceId);
            if (!instance.IsSuccess)
                return instance.Error;
            var changed = instance.Value.Start(clock.GetUtcNow(), timings);
            if (!changed.IsSuccess)
                return changed.Error;
            await session.Compute.UpdateInstanceAsync(changed.Value);
            return Unit.Value;
        }, cancellationToken);
}
