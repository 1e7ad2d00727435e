using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>DescribeHighDefinitionMonitorLogAttribute: the EIP's monitoring destination (InstanceType defaults to EIP, Terraform omits it).</summary>
public sealed class DescribeHighDefinitionMonitorLogAttributeAction(DescribeHighDefinitionMonitor describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeHighDefinitionMonitorLogAttribute";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var allocationId = bind.RequiredString("InstanceId", 64);
        var instanceType = bind.Enum("InstanceType", ["EIP"]) ?? "EIP";
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new HighDefinitionMonitorQuery(context.AccountId, regionId, allocationId), context.CancellationToken);
        return result.Map<object>(setting => new DescribeHighDefinitionMonitorLogAttributeResponse(allocationId, instanceType, setting.LogProject, setting.LogStore, "true"));
    }
}
