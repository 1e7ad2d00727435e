using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class CreateVpcAction(CreateVpc create) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateVpc";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateVpcCommand(
            context.AccountId,
            bind.RequiredString("RegionId", 64),
            bind.NonEmptyString("CidrBlock", 64),
            bind.String("VpcName", 1024),
            bind.String("Description", 1024),
            bind.String("ResourceGroupId", 64))
        {
            Tags = bind.Tags("Tag", 20),
        };
        NetworkSupport.RefuseUnmodelledVpcOptions(bind);
        if (bind.Bool("EnableIpv6") == true)
            bind.Fail(new Error("OperationUnsupported.Ipv6", "IPv6 is not supported: create the VPC without EnableIpv6."));
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(c => c);
    }
}
