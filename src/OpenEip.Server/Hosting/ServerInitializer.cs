using Microsoft.Extensions.Options;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Server.Configuration;

namespace OpenEip.Server.Hosting;

/// <summary>
/// Runs before the server accepts requests: fills the address pools and makes sure the operator
/// account has an AccessKey, printing where a generated one was written.
/// </summary>
public sealed partial class ServerInitializer(
    IStore store,
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

        var added = 0;
        foreach (var region in regions.Regions)
        {
            var addresses = AddressPoolPlan.RangesFor(region, settings.AddressPools).SelectMany(AddressPoolPlan.AddressesOf).ToList();
            var result = await store.WriteAsync<int>(null, async session => await session.Addresses.AddToPoolAsync(region.RegionId, addresses), cancellationToken);
            added += result.Value;
        }

        LogPools(logger, added, regions.Regions.Count);

        var created = await bootstrap.EnsureAsync(settings.Bootstrap.AccessKeyId, settings.Bootstrap.AccessKeySecret, cancellationToken);
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

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Address pools ready: {Added} new addresses across {Regions} regions")]
    private static partial void LogPools(ILogger logger, int added, int regions);
}
