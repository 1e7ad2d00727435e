using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class CreateVSwitchAction(CreateVSwitch create) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateVSwitch";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateVSwitchCommand(
            context.AccountId,
            bind.String("RegionId", 64),
            bind.RequiredString("VpcId", 64),
            bind.RequiredString("ZoneId", 64),
            bind.RequiredString("CidrBlock", 64),
            bind.String("VSwitchName", 1024),
            bind.String("Description", 1024))
        {
            Tags = bind.Tags("Tag", 20),
        };
        if (bind.NonEmptyString("Ipv6CidrBlock", 64) is not null || bind.NonEmptyString("Ipv6CidrMask", 64) is not null)
            bind.Fail(new Error("OperationUnsupported.Ipv6", "IPv6 is not supported: create the vSwitch without Ipv6CidrBlock."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(id => new CreateVSwitchResponse(id));
    }
}
