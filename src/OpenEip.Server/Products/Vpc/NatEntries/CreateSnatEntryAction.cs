using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>CreateSnatEntry (R-NAT-5): a vSwitch or a CIDR block reaches the internet through EIPs bound to the gateway.</summary>
public sealed class CreateSnatEntryAction(CreateSnatEntry create) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateSnatEntry";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateSnatEntryCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("SnatTableId", 64), bind.RequiredString("SnatIp", 1024))
        {
            SourceVSwitchId = bind.NonEmptyString("SourceVSwitchId", 64),
            SourceCidr = bind.NonEmptyString("SourceCIDR", 64),
            Name = bind.NonEmptyString("SnatEntryName", 1024),
            EipAffinity = bind.Int("EipAffinity", 0, 1) ?? 0,
        };
        if (bind.NonEmptyString("NetworkInterfaceId", 64) is not null)
            bind.Fail(NatEntryErrors.NetworkInterfaceUnsupported());
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(e => new CreateSnatEntryResponse(e.SnatEntryId));
    }
}
