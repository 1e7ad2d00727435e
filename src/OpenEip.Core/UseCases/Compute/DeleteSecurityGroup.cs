using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DeleteSecurityGroup: only a group no network interface is in (<see cref="SecurityGroup.CheckDelete"/>).</summary>
public sealed class DeleteSecurityGroup(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteSecurityGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await SecurityGroupLookup.FindAsync(session, command.AccountId, command.RegionId, command.SecurityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var users = await session.Compute.ListNetworkInterfacesInGroupAsync(command.SecurityGroupId, SecurityGroup.DependentsNamed);
            var deletable = group.Value.CheckDelete(users);
            if (!deletable.IsSuccess)
                return deletable.Error;
            await session.Compute.DeleteSecurityGroupAsync(command.SecurityGroupId);
            return Unit.Value;
        }, cancellationToken);
}
