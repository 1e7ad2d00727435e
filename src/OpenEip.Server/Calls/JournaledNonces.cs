using OpenEip.Core.Calls;

namespace OpenEip.Server.Calls;

/// <summary>
/// One server on its own store (SQLite): the in-memory nonce cache has refused a replay already, and the nonce goes to
/// the store in write-behind batches so that a restart still refuses it. Nothing waits on the disk for a read.
/// </summary>
public sealed class JournaledNonces(ICallJournal journal) : ISpentNonces
{
    public ValueTask<bool> SpendAsync(NonceRecord nonce, CancellationToken cancellationToken)
    {
        journal.Record(nonce);
        return ValueTask.FromResult(true);
    }
}
