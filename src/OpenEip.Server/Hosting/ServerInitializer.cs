using OpenEip.Core;
using Microsoft.Extensions.Options;
using OpenEip.Core.Accounts;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Signing;
using OpenEip.Server.Configuration;

namespace OpenEip.Server.Hosting;

/// <summary>
/// Runs before the server accepts requests: fills the address pools and makes sure the operator
/// account has an AccessKey, printing where a generated one was written.
/// </summary>
public sealed partial class ServerInitializer(
    IStore store,
    IRequestLedger ledger,
    NonceCache nonces,
    SignatureClock signatureClock,
    RegionCatalogue regions,
    OperatorBootstrap bootstrap,
    IOptions<OpenEipOptions> options,
    ILogger<ServerInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var unknown = settings.AddressPools.Keys.FirstOrDefault(r => regions.Find(r) is null);
        if (unknown is not null)
            throw new InvalidOperationException($"OpenEip:AddressPools names the region \"{unknown}\", which is not in the region catalogue.");

        // Nonces spent before this start stay spent: a request captured earlier cannot be replayed now. They are read
        // (millions on a busy server) while the pools and the operator's key are written, and both finish before the
        // first request is taken.
        var restoring = Task.Run(() => RestoreNoncesAsync(cancellationToken), cancellationToken);
        AccessKey? created;
        try
        {
            await FillPoolsAsync(settings, cancellationToken);
            created = await bootstrap.EnsureAsync(settings.Bootstrap.AccessKeyId, settings.Bootstrap.AccessKeySecret, cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            // A full disk: the store has said so. Serve reads with the pools and keys as they are.
            await restoring;
            return;
        }

        await restoring;

        if (created is not null && settings.Bootstrap.AccessKeyId is null)
        {
            var path = RootCredentialsFile.Write(settings.DataDir, created);
            Console.WriteLine($"OpenEip operator account {created.AccountId}: AccessKeyId {created.AccessKeyId}; the secret is in {path}");
        }
        else if (created is not null)
        {
            Console.WriteLine($"OpenEip operator account {created.AccountId}: AccessKeyId {created.AccessKeyId} (from configuration)");
        }
    }

    private async Task RestoreNoncesAsync(CancellationToken cancellationToken)
    {
        var restored = await ledger.ReadLiveNoncesAsync(signatureClock.Time.GetUtcNow(), nonces.Restoring(), cancellationToken);
        LogNonces(logger, restored);
    }

    private async Task FillPoolsAsync(OpenEipOptions settings, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var region in regions.Regions)
        {
            var ranges = AddressPoolPlan.RangesFor(region, settings.AddressPools).Select(AddressPoolPlan.RangeOf).ToList();
            var result = await store.WriteAsync<int>(null, async session =>
            {
                var addedHere = 0;
                foreach (var range in ranges)
                    addedHere += await session.Addresses.AddRangeToPoolAsync(region.RegionId, range);
                return addedHere;
            }, cancellationToken);
            added += result.Value;
        }

        LogPools(logger, added, regions.Regions.Count);
    }

    [LoggerMessage(EventId = LogEventIds.NoncesRestored, Level = LogLevel.Information, Message = "{Count} signature nonces still inside their replay window restored from the store")]
    private static partial void LogNonces(ILogger logger, long count);

    [LoggerMessage(EventId = LogEventIds.AddressPoolsReady, Level = LogLevel.Information, Message = "Address pools ready: {Added} new addresses across {Regions} regions")]
    private static partial void LogPools(ILogger logger, int added, int regions);
}
