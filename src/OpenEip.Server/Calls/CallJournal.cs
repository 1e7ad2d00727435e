using System.Threading.Channels;
using OpenEip.Core;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Rpc.Signing;
using OpenEip.Server.Configuration;

namespace OpenEip.Server.Calls;

/// <summary>
/// The write-behind half of the call record (<see cref="ICallJournal"/>): nonces of reads and the
/// records of calls that ended without writing are queued and written every <c>OpenEip:Audit:FlushInterval</c>,
/// all of them, in batches, so no read waits for a disk. Everything queued is written when
/// the server stops; a crash can lose at most one interval of them, none of which changed state. Also
/// prunes expired nonces and audit events older than the retention, hourly by the service's clock, in the one server
/// holding the <see cref="PruneLease"/>; idle, it looks at the clock every <see cref="IdleWake"/>.
/// </summary>
public sealed partial class CallJournal(
    IRequestLedger ledger, IWorkLeases leases, TimeProvider clock, SignatureClock signatureClock, AuditOptions options, ILogger<CallJournal> logger)
    : BackgroundService, ICallJournal
{
    public const string PruneLease = "ledger-prune";

    /// <summary>
    /// How often an idle journal wakes to see whether pruning is due. A queue that stays empty (on PostgreSQL reads
    /// spend their nonces in the database) must not stop the pruning, and a clock moved forward is noticed this soon.
    /// </summary>
    private static readonly TimeSpan IdleWake = TimeSpan.FromSeconds(1);

    private const int Capacity = 100_000;
    private const int BatchSize = 2_000;
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);
    private readonly Channel<(NonceRecord Nonce, AuditEvent? Event)> _queue =
        Channel.CreateBounded<(NonceRecord, AuditEvent?)>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private int _overflowing;

    public void Record(NonceRecord nonce) => Enqueue((nonce, null));

    public void Record(NonceRecord nonce, AuditEvent ended) => Enqueue((nonce, ended));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(NonceRecord Nonce, AuditEvent? Event)>();
        var nextPrune = clock.GetUtcNow();
        while (true)
        {
            try
            {
                if (batch.Count == 0 && !await WaitForRecordsAsync(stoppingToken))
                    break;
                await Task.Delay(options.FlushInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // Everything queued, a batch at a time: reads can outrun one batch per interval (3,000 a second in issue 12's
            // benchmark), and a queue left to grow would reach its capacity and drop records.
            do
            {
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var item))
                    batch.Add(item);
                if (!await TryWriteAsync(batch, CancellationToken.None))
                    break;
                batch.Clear();
            }
            while (_queue.Reader.Count > 0);
            if (clock.GetUtcNow() >= nextPrune)
            {
                nextPrune = clock.GetUtcNow() + PruneInterval;
                await TryPruneAsync();
            }
        }

        // Stopping: write what is left, however long the queue.
        while (_queue.Reader.TryRead(out var item))
            batch.Add(item);
        await TryWriteAsync(batch, CancellationToken.None);
    }

    private void Enqueue((NonceRecord, AuditEvent?) item)
    {
        if (_queue.Writer.TryWrite(item))
        {
            Interlocked.Exchange(ref _overflowing, 0);
            return;
        }

        // Only while the store has refused writes for a long time (a full disk): say so once, keep serving.
        if (Interlocked.Exchange(ref _overflowing, 1) == 0)
            LogOverflow(logger, Capacity);
    }

    private async Task<bool> TryWriteAsync(List<(NonceRecord Nonce, AuditEvent? Event)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return true;
        try
        {
            await ledger.RecordAsync(batch.Select(b => b.Nonce).ToList(), batch.Where(b => b.Event is not null).Select(b => b.Event!).ToList(), cancellationToken);
            return true;
        }
        catch (StoreUnavailableException)
        {
            // The store logged the episode; the batch waits for the next round.
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFlushFailed(logger, e, batch.Count);
            return false;
        }
    }

    /// <returns>False once the queue is completed; true when records wait or <see cref="IdleWake"/> passed.</returns>
    private async Task<bool> WaitForRecordsAsync(CancellationToken stoppingToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        idle.CancelAfter(IdleWake);
        try
        {
            return await _queue.Reader.WaitToReadAsync(idle.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return true;
        }
    }

    private async Task TryPruneAsync()
    {
        try
        {
            if (!await leases.HoldsAsync(PruneLease, CancellationToken.None))
                return;
            await ledger.PruneAsync(signatureClock.Time.GetUtcNow(), clock.GetUtcNow().AddDays(-options.RetentionDays), CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
            // Next hour.
        }
    }

    [LoggerMessage(EventId = LogEventIds.JournalFlushFailed, Level = LogLevel.Error, Message = "Writing {Count} call records failed; retrying.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = LogEventIds.JournalOverflow, Level = LogLevel.Warning,
        Message = "More than {Capacity} call records wait for the store; further read nonces and records of calls that changed nothing are dropped until it takes writes again.")]
    private static partial void LogOverflow(ILogger logger, int capacity);
}
