using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>CreateHaVip (R-HAVIP-1 privilege, R-HAVIP-2 quota): a private IP of a vSwitch, optionally the one asked for.</summary>
public sealed class CreateHaVipAction(CreateHaVip create) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateHaVip";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateHaVipCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("VSwitchId", 64))
        {
            IpAddress = bind.NonEmptyString("IpAddress", 64),
            Name = bind.String("Name", 1024),
            Description = bind.String("Description", 1024),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            Tags = bind.Tags("Tag", 20),
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(h => new CreateHaVipResponse(h.HaVipId, h.IpAddress));
    }
}
