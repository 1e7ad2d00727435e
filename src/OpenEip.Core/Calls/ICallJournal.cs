namespace OpenEip.Core.Calls;

/// <summary>
/// Write-behind recording of what does not ride on a store transaction: the nonces of reads, and the
/// nonce and audit event of mutating calls that ended before writing anything. Flushed in batches, so a
/// read never waits for a disk write; flushed in full when the server stops.
/// </summary>
public interface ICallJournal
{
    void Record(NonceRecord nonce);

    /// <summary>A mutating call that ended without a store write recording it: its nonce and its event as it ended.</summary>
    void Record(NonceRecord nonce, AuditEvent ended);
}
