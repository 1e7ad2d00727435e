using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>
/// SetHighDefinitionMonitorLogStatus: InstanceId is the EIP's allocation id, InstanceType EIP (the only value),
/// Status ON/OFF, LogProject and LogStore the Log Service destination. Parts not given are kept (Terraform sends
/// only what changed).
/// </summary>
public sealed class SetHighDefinitionMonitorLogStatusAction(SetHighDefinitionMonitor monitoring) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "SetHighDefinitionMonitorLogStatus";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var allocationId = bind.RequiredString("InstanceId", 64);
        bind.Enum("InstanceType", ["EIP"]);
        var status = bind.Enum("Status", HighDefinitionMonitor.Statuses);
        var logProject = bind.NonEmptyString("LogProject", 63);
        var logStore = bind.NonEmptyString("LogStore", 63);
        if (bind.Error is not null)
            return bind.Error;
        var command = new SetHighDefinitionMonitorCommand(context.AccountId, regionId, allocationId, status, logProject, logStore);
        var result = await monitoring.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => new SetHighDefinitionMonitorLogStatusResponse("true"));
    }
}
