using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Hosting;

namespace OpenEip.Server.Products.Operator;

/// <summary>
/// AdvanceClock: moves the service's clock forward, for test deployments (OpenEip:Clock:Adjustable).
/// Registered only there; elsewhere the action does not exist. The billing sweep runs before it answers,
/// so that whatever the new time makes due (expiry, release after grace) has happened when the caller looks.
/// </summary>
public sealed class AdvanceClockAction(AdjustableClock clock, BillingSweep billing, IReconcileSignal reconciler) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "AdvanceClock";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var seconds = bind.RequiredLong("Seconds", 0, 10L * 366 * 24 * 3600);
        if (bind.Error is not null)
            return bind.Error;
        var now = clock.Advance(TimeSpan.FromSeconds(seconds));
        await billing.RunOnceAsync(context.CancellationToken);
        reconciler.Notify();
        return new AdvanceClockResponse(WireTime.Seconds(now));
    }
}
