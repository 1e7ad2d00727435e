using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

/// <summary>CreateForwardEntry: port forwarding (tcp/udp, a port or a range) or IP mapping (all "any") from a bound EIP.</summary>
public sealed class CreateForwardEntryAction(CreateForwardEntry create) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateForwardEntry";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateForwardEntryCommand(
            context.AccountId,
            bind.RequiredString("RegionId", 64),
            bind.RequiredString("ForwardTableId", 64),
            bind.RequiredString("ExternalIp", 64),
            bind.RequiredString("ExternalPort", 64),
            bind.RequiredString("InternalIp", 64),
            bind.RequiredString("InternalPort", 64),
            bind.RequiredString("IpProtocol", 64))
        {
            Name = bind.NonEmptyString("ForwardEntryName", 1024),
            PortBreak = bind.Bool("PortBreak") ?? false,
        };
        if (bind.Bool("DryRun") == true && bind.Error is null)
            return new Error("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(e => new CreateForwardEntryResponse(e.ForwardEntryId));
    }
}
