using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>
/// VPC MoveResourceGroup and ECS JoinResourceGroup: puts one of the caller's resources into another of its
/// groups. The change is one statement in the write transaction, so the next Describe shows it (Terraform
/// reads right after the move, without waiting).
/// </summary>
public sealed class MoveResource(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(MoveResourceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            if (await session.ResourceGroups.FindAsync(command.AccountId, command.ResourceGroupId) is null)
                return ResourceGroupErrors.InvalidResourceGroupId();
            if (!await session.ResourceGroups.MoveAsync(command.Kind, command.AccountId, command.RegionId, command.ResourceId, command.ResourceGroupId))
                return NotFound(command.Kind, command.ResourceId);
            return Unit.Value;
        }, cancellationToken);

    private static Error NotFound(GroupedResource kind, string id) => kind switch
    {
        GroupedResource.Eip => ApiErrors.InvalidAllocationIdNotFound(id),
        GroupedResource.Vpc => ApiErrors.VpcNotFound(id),
        GroupedResource.HaVip => ApiErrors.HaVipNotFound(id),
        GroupedResource.SecurityGroup => ApiErrors.SecurityGroupNotFound(id),
        GroupedResource.Instance => ApiErrors.InstanceNotFound(id),
        GroupedResource.NetworkInterface => ApiErrors.NetworkInterfaceNotFound(id),
        _ => ApiErrors.ResourceNotFound(id),
    };
}
