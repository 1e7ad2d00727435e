using System.Security.Cryptography;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>
/// Allocates an EIP from the region's pool, or recovers a released one (R-LIFE-6..8). Quotas
/// (R-LIFE-7, R-LIFE-9) are counted inside the write transaction, so parallel calls cannot exceed them.
/// </summary>
public sealed class AllocateEip(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public static readonly TimeSpan RecoveryWindow = TimeSpan.FromDays(7);

    public async Task<Result<AllocatedEip>> ExecuteAsync(AllocateEipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, command.RegionId) is { } unknownRegion)
            return unknownRegion;
        var region = regions.Find(command.RegionId)!;
        if (command.Zone is { } zone && region.Zones.All(z => z.ZoneId != zone))
            return ApiErrors.ZoneNotFound(zone, region.RegionId);
        if (EipAllocationRules.ValidateIsp(command.Isp, region) is { } ispNotOffered)
            return ispNotOffered;
        if (command.IpAddress is not null && command.RecoverAllocationId is not null)
            return ApiErrors.InvalidParameter("IpAddress", "give IpAddress or InstanceId to recover an EIP, not both.");
        var invalid = Validate(command);
        if (invalid is not null)
            return invalid;

        // Drawn here, not in the write: the store's single writer (SQLite's) runs every write, and these are three calls to
        // the system's random source, about 2 µs of its time for each Allocate (issue 12). A refused write leaves them unused.
        var allocationId = ResourceIds.New("eip");
        var orderId = NewOrderId();
        return await store.WriteAsync(idempotency, session =>
            command.IpAddress is null && command.RecoverAllocationId is null
                ? AllocateNewAsync(session, command, allocationId, orderId)
                : RecoverAsync(session, command, orderId), cancellationToken);
    }

    private static Error? Validate(AllocateEipCommand command) =>
        EipAllocationRules.ValidateSubscription(command.InstanceChargeType, command.InternetChargeType, command.Period, command.PricingCycle)
        ?? (command.Bandwidth is { } bandwidth ? EipAllocationRules.ValidateBandwidth(bandwidth, command.InstanceChargeType, command.InternetChargeType) : null)
        ?? TextRules.ValidateText("Name", command.Name, 128)
        ?? TextRules.ValidateText("Description", command.Description, 256)
        ?? TagRules.Validate(command.Tags, "Tag");

    private async Task<Result<AllocatedEip>> AllocateNewAsync(IStoreSession session, AllocateEipCommand command, string allocationId, long orderId)
    {
        var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
        if (!group.IsSuccess)
            return group.Error;
        if (command.InstanceChargeType == ChargeTypes.PostPaid)
        {
            var quotaError = await CheckPostPaidQuotaAsync(session, command.AccountId, command.RegionId);
            if (quotaError is not null)
                return quotaError;
        }

        var address = await session.Addresses.FindFreeAsync(command.RegionId);
        if (address is null)
            return ApiErrors.PoolExhausted(command.RegionId);

        var now = clock.GetUtcNow();
        var eip = new Eip
        {
            AllocationId = allocationId,
            AccountId = command.AccountId,
            RegionId = command.RegionId,
            IpAddress = address.IpAddress,
            Bandwidth = command.Bandwidth ?? EipAllocationRules.DefaultBandwidth,
            InternetChargeType = command.InternetChargeType,
            InstanceChargeType = command.InstanceChargeType,
            Isp = command.Isp,
            Name = command.Name ?? "",
            Description = command.Description ?? "",
            ResourceGroupId = group.Value,
            SecurityProtectionTypes = command.SecurityProtectionTypes,
            Zone = command.Zone ?? "",
            AllocationTime = TruncateToSeconds(now),
            ExpiredTime = command.InstanceChargeType == ChargeTypes.PrePaid
                ? EipAllocationRules.ExpiryOf(now, command.Period!.Value, command.PricingCycle!)
                : null,
            OrderId = orderId,
            IdleSince = now,
        };
        await session.Eips.InsertAsync(eip);
        await session.Addresses.HoldAsync(eip.IpAddress, eip.AllocationId, eip.AccountId);
        await TagAsync(session, eip, command.Tags);
        return Allocated(eip);
    }

    private async Task<Result<AllocatedEip>> RecoverAsync(IStoreSession session, AllocateEipCommand command, long orderId)
    {
        var released = command.RecoverAllocationId is { } id
            ? await session.Eips.FindReleasedAsync(command.AccountId, id)
            : await session.Eips.FindLatestReleasedByAddressAsync(command.AccountId, command.IpAddress!);
        var asked = command.RecoverAllocationId ?? command.IpAddress!;
        if (released?.ReleasedTime is not { } releasedTime)
            return ApiErrors.ReserveIpFail($"{ApiErrors.Shorten(asked)} is not an EIP that this account released; only released EIPs can be asked for by IpAddress or InstanceId.");

        var group = await RecoveredGroupAsync(session, command, released.ResourceGroupId);
        if (!group.IsSuccess)
            return group.Error;
        if (released.ServiceManagedBy.Length > 0)
            return ApiErrors.ReserveIpFail($"{released.IpAddress} was the system EIP of {released.ServiceManagedBy}; such addresses cannot be recovered.");
        var now = clock.GetUtcNow();
        if (now - releasedTime > RecoveryWindow)
            return ApiErrors.ReserveIpFail($"{released.IpAddress} was released on {releasedTime:yyyy-MM-ddTHH:mm:ssZ}, more than 7 days ago, and can no longer be recovered.");

        if (await session.Accounts.FindOverdueSinceAsync(command.AccountId) is not null)
            return ApiErrors.ReserveIpFail("the account has an overdue payment; released EIPs can be recovered once it is settled.");

        var address = await session.Addresses.FindAsync(released.IpAddress);
        if (address is null || address.HolderAllocationId is not null || address.LastAllocationId != released.AllocationId)
            return ApiErrors.ReserveIpFail($"{released.IpAddress} has been allocated again since it was released and cannot be recovered.");

        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var recoverLimit = await QuotaAsync(session, command.AccountId, QuotaNames.EipRecoverPerMonth);
        if (await session.Accounts.CountRecoveriesSinceAsync(command.AccountId, monthStart) >= recoverLimit)
            return ApiErrors.EipRecoverQuotaExceeded(recoverLimit);
        var quotaError = await CheckPostPaidQuotaAsync(session, command.AccountId, released.RegionId);
        if (quotaError is not null)
            return quotaError;

        // R-LIFE-8: a recovered EIP comes back pay-as-you-go, pay-by-traffic, 5 Mbit/s.
        // A lock does not outlive the release it led to (R-LIFE-5): the recovered EIP comes back unlocked.
        var recovered = released.Unlock() with
        {
            Bandwidth = EipAllocationRules.DefaultBandwidth,
            InternetChargeType = ChargeTypes.PayByTraffic,
            InstanceChargeType = ChargeTypes.PostPaid,
            ExpiredTime = null,
            ReleasedTime = null,
            DeletionProtection = false,
            AllocationTime = TruncateToSeconds(now),
            ResourceGroupId = group.Value,
            OrderId = orderId,
            IdleSince = now,
        };
        await session.Eips.UpdateAsync(recovered);
        if (recovered.HighDefinitionMonitor != HighDefinitionMonitor.Off)
            await session.Eips.SetHighDefinitionMonitorAsync(recovered.AllocationId, HighDefinitionMonitor.Off);
        if (recovered.ForwardMode.Length > 0)
            await session.Eips.SetForwardModeAsync(recovered.AllocationId, "");
        await session.Addresses.HoldAsync(recovered.IpAddress, recovered.AllocationId, recovered.AccountId);
        await session.Accounts.InsertRecoveryAsync(command.AccountId, recovered.AllocationId, now);
        await TagAsync(session, recovered, command.Tags);
        return Allocated(recovered);
    }

    /// <summary>OrderId is returned only for a subscription (PrePaid) EIP.</summary>
    private static AllocatedEip Allocated(Eip eip) =>
        new(eip.AllocationId, eip.IpAddress, eip.InstanceChargeType == ChargeTypes.PrePaid ? eip.OrderId : null, eip.ResourceGroupId);

    private static async Task<Error?> CheckPostPaidQuotaAsync(IStoreSession session, string accountId, string regionId)
    {
        var limit = await QuotaAsync(session, accountId, QuotaNames.EipPostPaidPerRegion);
        var count = await session.Eips.CountActiveAsync(accountId, regionId, ChargeTypes.PostPaid);
        return count >= limit ? ApiErrors.EipQuotaExceeded(limit, regionId) : null;
    }

    private static async Task<long> QuotaAsync(IStoreSession session, string accountId, string name) =>
        await session.Accounts.FindQuotaAsync(accountId, name) ?? QuotaNames.Defaults[name];

    private static async Task TagAsync(IStoreSession session, Eip eip, IReadOnlyList<Tag> tags)
    {
        foreach (var tag in tags)
            await session.Tags.SetAsync(eip.AccountId, ResourceTypes.Eip, eip.AllocationId, tag);
    }

    /// <summary>A recovered EIP goes to the group asked for, else back to its old group, or to the default group if that one was deleted since.</summary>
    private static async Task<Result<string>> RecoveredGroupAsync(IStoreSession session, AllocateEipCommand command, string previous)
    {
        if (!string.IsNullOrEmpty(command.ResourceGroupId))
            return await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
        return await session.ResourceGroups.FindAsync(command.AccountId, previous) is not null
            ? previous
            : await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, null);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static long NewOrderId() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue) * 10_000L + RandomNumberGenerator.GetInt32(10_000);
}
