using OpenEip.Core.Accounts;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>
/// Makes sure the operator (root) account exists with an AccessKey. A configured pair is added if
/// missing (restarts with the same pair are fine); otherwise a random pair is made on first start only.
/// </summary>
public sealed class OperatorBootstrap(IStore store, TimeProvider clock)
{
    /// <returns>The pair created now, or null when the operator already had what was asked for.</returns>
    public async Task<AccessKey?> EnsureAsync(string? accessKeyId, string? accessKeySecret, CancellationToken cancellationToken)
    {
        var result = await store.WriteAsync<AccessKey?>(null, async session =>
        {
            var now = clock.GetUtcNow();
            var root = await session.Accounts.FindOperatorAsync();
            if (root is null)
            {
                root = new Account(ResourceIds.NewAccountId(), "operator", IsOperator: true, now);
                await session.Accounts.InsertAsync(root);
            }

            if (await session.ResourceGroups.FindDefaultAsync(root.AccountId) is null)
                await ResourceGroupPlacement.CreateDefaultAsync(session, root.AccountId, now);

            if (accessKeyId is not null && accessKeySecret is not null)
            {
                var existing = await session.Accounts.FindAccessKeyAsync(accessKeyId);
                if (existing is not null)
                {
                    return existing.AccountId == root.AccountId && existing.AccessKeySecret == accessKeySecret
                        ? Result<AccessKey?>.Ok(null)
                        : ApiErrors.Forbidden($"The bootstrap AccessKeyId {accessKeyId} exists with another secret or account.");
                }

                var configured = new AccessKey(accessKeyId, accessKeySecret, root.AccountId, now);
                await session.Accounts.InsertAccessKeyAsync(configured);
                return configured;
            }

            if ((await session.Accounts.ListAccessKeysAsync(root.AccountId)).Count > 0)
                return Result<AccessKey?>.Ok(null);
            var generated = new AccessKey(ResourceIds.NewAccessKeyId(), ResourceIds.NewAccessKeySecret(), root.AccountId, now);
            await session.Accounts.InsertAccessKeyAsync(generated);
            return generated;
        }, cancellationToken);

        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
    }
}
