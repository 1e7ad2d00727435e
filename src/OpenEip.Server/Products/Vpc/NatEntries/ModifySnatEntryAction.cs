using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>ModifySnatEntry: SnatEntryName, SnatIp (the rules of CreateSnatEntry) and EipAffinity; the source stays.</summary>
public sealed class ModifySnatEntryAction(ModifySnatEntry modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifySnatEntry";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new ModifySnatEntryCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("SnatTableId", 64), bind.RequiredString("SnatEntryId", 64))
        {
            SnatIp = bind.NonEmptyString("SnatIp", 1024),
            Name = bind.String("SnatEntryName", 1024),
            EipAffinity = bind.Int("EipAffinity", 0, 1),
        };
        if (bind.NonEmptyString("NetworkInterfaceId", 64) is not null)
            bind.Fail(NatEntryErrors.NetworkInterfaceUnsupported());
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
