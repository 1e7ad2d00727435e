using OpenEip.Core.Errors;
using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Hosting;

namespace OpenEip.Server.Products.Operator;

/// <summary>
/// AdvanceClock: moves the service's clock forward, for test deployments (OpenEip:Clock:Adjustable).
/// Registered only there; elsewhere the action does not exist.
/// </summary>
public sealed class AdvanceClockAction(AdjustableClock clock) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "AdvanceClock";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var seconds = bind.RequiredLong("Seconds", 0, 10L * 366 * 24 * 3600);
        if (bind.Error is not null)
            return Task.FromResult(Result<object>.Fail(bind.Error));
        var now = clock.Advance(TimeSpan.FromSeconds(seconds));
        return Task.FromResult(Result<object>.Ok(new AdvanceClockResponse(WireTime.Seconds(now))));
    }
}
