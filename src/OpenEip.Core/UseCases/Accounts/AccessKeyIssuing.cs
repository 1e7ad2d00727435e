using OpenEip.Core.Accounts;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>
/// Creates a key and answers with its secret, while the write (and so the ClientToken's stored response)
/// names only the key's id: a retry with the same token reads the secret back from the sealed key table,
/// so no secret is ever kept beside a ClientToken. CreateAccount and CreateAccessKey both issue through this.
/// </summary>
internal static class AccessKeyIssuing
{
    public static async Task<Result<T>> IssueAsync<T>(
        IStore store, IdempotencyKey? idempotency, Func<IStoreSession, Task<Result<IssuedKey>>> issue, Func<AccessKey, T> answer, CancellationToken cancellationToken)
    {
        var issued = await store.WriteAsync(idempotency, issue, cancellationToken);
        if (!issued.IsSuccess)
            return issued.Error;
        var key = await store.ReadAsync(session => session.Accounts.FindAccessKeyAsync(issued.Value.AccessKeyId), cancellationToken);
        return key is null ? ApiErrors.AccessKeyNotFound(issued.Value.AccessKeyId) : answer(key);
    }
}
