using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>DeleteResourceGroup: an empty group other than the default one, deleted at once (Alibaba keeps it PendingDelete while it checks).</summary>
public sealed class DeleteResourceGroup(IStore store)
{
    public Task<Result<ResourceGroup>> ExecuteAsync(DeleteResourceGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<ResourceGroup>(idempotency, async session =>
        {
            var group = await session.ResourceGroups.FindAsync(command.AccountId, command.ResourceGroupId);
            if (group is null)
                return ResourceGroupErrors.NotFound();
            if (group.IsDefault)
                return ResourceGroupErrors.IsDefault();
            var members = await session.ResourceGroups.ListMembersAsync(command.ResourceGroupId, 6);
            if (members.Count > 0)
                return ResourceGroupErrors.HasResources(members.Count > 5 ? [.. members.Take(5), "…"] : members);
            await session.Tags.RemoveAsync(ResourceGroupTags.ResourceType, command.ResourceGroupId, null);
            await session.ResourceGroups.DeleteAsync(command.ResourceGroupId);
            return group;
        }, cancellationToken);
}
