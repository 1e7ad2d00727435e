using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class UnassociateVpcCidrBlockAction(UnassociateVpcCidrBlock unassociate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "UnassociateVpcCidrBlock";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var vpcId = bind.RequiredString("VpcId", 64);
        var regionId = bind.String("RegionId", 64);
        var cidr = bind.RequiredString("SecondaryCidrBlock", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await unassociate.ExecuteAsync(new UnassociateVpcCidrBlockCommand(context.AccountId, vpcId, regionId, cidr), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
