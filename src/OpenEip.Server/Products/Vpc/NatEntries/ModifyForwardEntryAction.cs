using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>
/// ModifyForwardEntry: any of ExternalIp, ExternalPort, InternalIp, InternalPort, IpProtocol,
/// ForwardEntryName and PortBreak; the entry that results obeys every rule of CreateForwardEntry.
/// </summary>
public sealed class ModifyForwardEntryAction(ModifyForwardEntry modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyForwardEntry";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new ModifyForwardEntryCommand(
            context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("ForwardTableId", 64), bind.RequiredString("ForwardEntryId", 64))
        {
            ExternalIp = bind.NonEmptyString("ExternalIp", 64),
            ExternalPort = bind.NonEmptyString("ExternalPort", 64),
            InternalIp = bind.NonEmptyString("InternalIp", 64),
            InternalPort = bind.NonEmptyString("InternalPort", 64),
            IpProtocol = bind.NonEmptyString("IpProtocol", 64),
            Name = bind.String("ForwardEntryName", 1024),
            PortBreak = bind.Bool("PortBreak"),
        };
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
