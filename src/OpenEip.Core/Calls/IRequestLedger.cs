using OpenEip.Core.Ports;

namespace OpenEip.Core.Calls;

/// <summary>The store's record of API calls: spent nonces and the audit trail.</summary>
public interface IRequestLedger
{
    /// <summary>Records nonces and events in one transaction; a nonce already recorded is kept as it is.</summary>
    Task RecordAsync(IReadOnlyCollection<NonceRecord> nonces, IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken);

    /// <summary>The nonces still inside their replay window at <paramref name="now"/>, read as they are enumerated (a busy server has millions).</summary>
    IAsyncEnumerable<NonceRecord> LiveNoncesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Hands every nonce still inside its replay window at <paramref name="now"/> to <paramref name="sink"/>, from as
    /// many threads at once as the store finds useful (SQLite: one a core). A start reloads millions, and reading them
    /// is then most of its time.
    /// </summary>
    /// <returns>How many were read.</returns>
    Task<long> ReadLiveNoncesAsync(DateTimeOffset now, ISpentNonceSink sink, CancellationToken cancellationToken);

    /// <summary>Forgets nonces that expired before <paramref name="nonceCutoff"/> and events older than <paramref name="auditCutoff"/>.</summary>
    Task PruneAsync(DateTimeOffset nonceCutoff, DateTimeOffset auditCutoff, CancellationToken cancellationToken);

    Task<Page<AuditEvent>> FindEventsAsync(AuditQuery query, CancellationToken cancellationToken);
}
