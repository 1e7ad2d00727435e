using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.ResourceGroups;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>
/// CreateResourceGroup: a group of the caller's own account (Resource Manager API) or, for the operator, of any
/// account (operator API). The name is unique per account and the count is within resource-group-per-account.
/// </summary>
public sealed class CreateResourceGroup(IStore store, TimeProvider clock)
{
    public Task<Result<DescribedResourceGroup>> ExecuteAsync(CreateResourceGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = ResourceGroupRules.ValidateName(command.Name) ?? ResourceGroupRules.ValidateDisplayName(command.DisplayName) ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<DescribedResourceGroup>.Fail(invalid));
        var accountId = command.AccountId;
        return store.WriteAsync<DescribedResourceGroup>(idempotency, async session =>
        {
            if (await session.Accounts.FindAsync(accountId) is null)
                return ApiErrors.AccountNotFound(accountId);
            if (await session.ResourceGroups.FindByNameAsync(accountId, command.Name!) is not null)
                return ResourceGroupErrors.NameTaken(command.Name!);
            var limit = await session.Accounts.FindQuotaAsync(accountId, QuotaNames.ResourceGroupPerAccount) ?? QuotaNames.Defaults[QuotaNames.ResourceGroupPerAccount];
            if ((await session.ResourceGroups.ListAsync(accountId)).Count(g => !g.IsDefault) >= limit)
                return ResourceGroupErrors.LimitExceeded(limit);
            var group = new ResourceGroup
            {
                ResourceGroupId = ResourceIds.NewResourceGroupId(),
                AccountId = accountId,
                Name = command.Name!,
                DisplayName = command.DisplayName!,
                CreationTime = clock.GetUtcNow(),
            };
            await session.ResourceGroups.InsertAsync(group);
            foreach (var tag in command.Tags)
                await session.Tags.SetAsync(accountId, ResourceGroupTags.ResourceType, group.ResourceGroupId, tag);
            return new DescribedResourceGroup(group, command.Tags);
        }, cancellationToken);
    }
}
