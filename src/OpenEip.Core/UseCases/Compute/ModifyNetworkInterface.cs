using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// ModifyNetworkInterfaceAttribute: NetworkInterfaceName, Description and the security groups (the whole set,
/// replacing the ENI's; each in the ENI's VPC). Primary ENIs too, as on Alibaba. The rules are the ENI's own
/// (<see cref="NetworkInterface.Modify"/>).
/// </summary>
public sealed class ModifyNetworkInterface(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(ModifyNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("NetworkInterfaceName", command.NetworkInterfaceName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await NetworkInterfaceLookup.FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var groups = command.SecurityGroupIds is { } ids
                ? await NetworkInterfaceLookup.SecurityGroupsAsync(session, command.AccountId, ids)
                : new Dictionary<string, SecurityGroup>();
            var modified = eni.Value.Modify(command.NetworkInterfaceName, command.Description, command.SecurityGroupIds, groups);
            if (!modified.IsSuccess)
                return modified.Error;
            await session.Compute.UpdateNetworkInterfaceAsync(modified.Value);
            return Unit.Value;
        }, cancellationToken);
    }
}
