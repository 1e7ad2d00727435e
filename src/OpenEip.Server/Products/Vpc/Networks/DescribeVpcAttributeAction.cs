using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>
/// DescribeVpcAttribute. A VPC that does not exist (or is another account's, or of another region) is a
/// success with an empty VpcId, as on Alibaba: it is the only "not found" Terraform's provider recognises,
/// and its VPC delete waits for it.
/// </summary>
public sealed class DescribeVpcAttributeAction(DescribeVpcAttribute describe) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeVpcAttribute";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var vpcId = bind.RequiredString("VpcId", 64);
        bind.Bool("IsDefault");
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeVpcAttributeQuery(context.AccountId, regionId, vpcId), context.CancellationToken);
        return result.Map<object>(found => found is null ? DescribeVpcAttributeResponse.NotFound : DescribeVpcAttributeResponse.From(found));
    }
}
