using OpenEip.Core;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Server.Configuration;

namespace OpenEip.Server.Billing;

/// <summary>Runs the billing sweep every OpenEip:Billing:SweepInterval; a failed sweep is logged and retried next time.</summary>
public sealed partial class BillingService(BillingSweep sweep, IWorkLeases leases, BillingOptions options, TimeProvider clock, ILogger<BillingService> logger)
    : BackgroundService
{
    /// <summary>Several servers on one store sweep in turn: only the holder of this lease sweeps.</summary>
    public const string Lease = "billing-sweep";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, clock);
        do
        {
            try
            {
                if (!await leases.HoldsAsync(Lease, stoppingToken))
                    continue;
                var (locked, released) = await sweep.RunOnceAsync(stoppingToken);
                if (locked + released > 0)
                    LogSwept(locked, released);
            }
            catch (StoreUnavailableException)
            {
                // The store logs the episode (a full disk); the sweep runs again at the next interval.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = LogEventIds.BillingSweepDone, Level = LogLevel.Information, Message = "Billing sweep: {Locked} EIPs locked, {Released} released.")]
    private partial void LogSwept(int locked, int released);

    [LoggerMessage(EventId = LogEventIds.BillingSweepFailed, Level = LogLevel.Error, Message = "A billing sweep failed; retrying at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
