using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>
/// DescribeVSwitchAttributes. A vSwitch that does not exist is a success with an empty VSwitchId, as on
/// Alibaba: Terraform's vSwitch delete waits for exactly that.
/// </summary>
public sealed class DescribeVSwitchAttributesAction(DescribeVSwitchAttributes describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeVSwitchAttributes";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var vSwitchId = bind.RequiredString("VSwitchId", 64);
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeVSwitchAttributesQuery(context.AccountId, regionId, vSwitchId), context.CancellationToken);
        return result.Map<object>(found => found is null ? DescribeVSwitchAttributesResponse.NotFound : DescribeVSwitchAttributesResponse.From(found));
    }
}
