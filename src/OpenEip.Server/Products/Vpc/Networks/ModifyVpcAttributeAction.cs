using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>
/// ModifyVpcAttribute: VpcName and Description. A new CidrBlock, IPv6 and DNS hostnames are refused
/// (OperationUnsupported.*); the primary block given unchanged is accepted.
/// </summary>
public sealed class ModifyVpcAttributeAction(ModifyVpc modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyVpcAttribute";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var vpcId = bind.RequiredString("VpcId", 64);
        var regionId = bind.String("RegionId", 64);
        var name = bind.String("VpcName", 1024);
        var description = bind.String("Description", 1024);
        var cidrBlock = bind.NonEmptyString("CidrBlock", 64);
        if (bind.Bool("EnableIPv6") == true || bind.NonEmptyString("Ipv6CidrBlock", 64) is not null)
            bind.Fail(new Error("OperationUnsupported.Ipv6", "IPv6 is not supported."));
        if (bind.Bool("EnableDnsHostname") == true)
            bind.Fail(new Error("OperationUnsupported.DnsHostname", "DNS hostnames are not supported."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(new ModifyVpcCommand(context.AccountId, vpcId, regionId, name, description, cidrBlock), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
