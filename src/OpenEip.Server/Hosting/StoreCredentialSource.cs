using OpenEip.Core.Ports;
using OpenEip.Rpc.Signing;

namespace OpenEip.Server.Hosting;

/// <summary>Looks AccessKeys up in the store; <see cref="CachedCredentialSource"/> keeps what it finds.</summary>
public sealed class StoreCredentialSource(IStore store) : ICredentialSource
{
    public Task<CallerCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken) =>
        store.ReadAsync(async session =>
        {
            var key = await session.Accounts.FindAccessKeyAsync(accessKeyId);
            if (key is null)
                return null;
            var account = await session.Accounts.FindAsync(key.AccountId);
            return account is null ? null : new CallerCredential(key.AccessKeyId, key.AccessKeySecret, account.AccountId, account.IsOperator);
        }, cancellationToken);
}
