using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>AssociateVpcCidrBlock: a secondary IPv4 block, which may be a public range (R-BIND-9).</summary>
public sealed class AssociateVpcCidrBlockAction(AssociateVpcCidrBlock associate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "AssociateVpcCidrBlock";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var vpcId = bind.RequiredString("VpcId", 64);
        var regionId = bind.String("RegionId", 64);
        if (bind.Enum("IpVersion", ["IPV4", "IPV6"]) == "IPV6" || bind.String("IPv6CidrBlock") is { Length: > 0 })
            bind.Fail(new Error("OperationUnsupported.Ipv6", "IPv6 CIDR blocks are not supported."));
        var cidr = bind.RequiredString("SecondaryCidrBlock", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await associate.ExecuteAsync(new AssociateVpcCidrBlockCommand(context.AccountId, vpcId, regionId, cidr), context.Idempotency, context.CancellationToken);
        return result.Map<object>(block => new AssociateVpcCidrBlockResponse(block, "IPV4"));
    }
}
