using OpenEip.Core.Associations;
using OpenEip.Core.Eips;

namespace OpenEip.Core.Ports;

public interface IEipRecords
{
    /// <summary>The caller's EIP that has not been released, or null.</summary>
    Task<Eip?> FindAsync(string accountId, string allocationId);

    /// <summary>The caller's released EIP with this id, or null.</summary>
    Task<Eip?> FindReleasedAsync(string accountId, string allocationId);

    /// <summary>The caller's most recently released EIP on this address, or null.</summary>
    Task<Eip?> FindLatestReleasedByAddressAsync(string accountId, string ipAddress);

    /// <summary>The caller's EIPs of a region released at or after <paramref name="since"/>, newest first (the console's recovery list).</summary>
    Task<IReadOnlyList<Eip>> ListReleasedSinceAsync(string accountId, string regionId, DateTimeOffset since, int limit);

    Task<EipPage> QueryAsync(EipQuery query);

    Task<int> CountActiveAsync(string accountId, string regionId, string instanceChargeType);

    Task InsertAsync(Eip eip);

    Task UpdateAsync(Eip eip);

    /// <summary>Records a new binding (replacing a finished one) and bumps the EIP's generation.</summary>
    Task BindAsync(EipBinding binding, DateTimeOffset now);

    /// <summary>Rewrites the binding (a mode change) and bumps the generation.</summary>
    Task RebindAsync(EipBinding binding, DateTimeOffset now);

    /// <summary>Marks the binding as being undone (it stops holding its keys) and bumps the generation.</summary>
    Task StartUnbindAsync(string allocationId, DateTimeOffset now);

    /// <summary>Removes the binding at once (the EIP is being released by the system) and bumps the generation.</summary>
    Task DropBindingAsync(string allocationId, DateTimeOffset now);

    /// <summary>Records an EIP's second-level monitoring setting (SetHighDefinitionMonitorLogStatus).</summary>
    Task SetHighDefinitionMonitorAsync(string allocationId, HighDefinitionMonitor setting);

    /// <summary>Records the forwarding mode ModifyEipForwardMode set ("" clears it).</summary>
    Task SetForwardModeAsync(string allocationId, string mode);

    /// <summary>Unreleased EIPs bound (not being undone) to addresses of this VPC with InstanceType=IpAddress.</summary>
    Task<IReadOnlyList<Eip>> ListBoundToAddressesInVpcAsync(string vpcId);

    /// <summary>Locks or unlocks (empty reason) an EIP.</summary>
    Task SetLockAsync(string allocationId, string lockReason, DateTimeOffset? lockedAt);

    /// <summary>Unreleased EIPs whose binding (not being undone) names one of these instances.</summary>
    Task<IReadOnlyList<Eip>> ListBoundToAsync(IReadOnlyCollection<string> instanceIds);

    /// <summary>Unreleased EIPs whose binding (not being undone) lands on one of these ENIs.</summary>
    Task<IReadOnlyList<Eip>> ListOnNetworkInterfacesAsync(IReadOnlyCollection<string> networkInterfaceIds);

    /// <summary>Unreleased, unlocked subscription EIPs whose ExpiredTime has come (R-LIFE-5).</summary>
    Task<IReadOnlyList<Eip>> ListExpiredUnlockedAsync(DateTimeOffset now, int limit);

    /// <summary>Unreleased, unlocked pay-as-you-go EIPs (the owner's own) of accounts marked overdue (R-LIFE-5).</summary>
    Task<IReadOnlyList<Eip>> ListUnlockedOfOverdueAccountsAsync(int limit);

    /// <summary>Unreleased EIPs locked for this reason at or before the cutoff: due for release by the system.</summary>
    Task<IReadOnlyList<Eip>> ListLockedSinceAsync(string lockReason, DateTimeOffset cutoff, int limit);

    /// <summary>The owner's own unreleased EIPs of one account, or of every account (null), in every region.</summary>
    Task<IReadOnlyList<Eip>> ListOwnedAsync(string? accountId);

    /// <summary>EIPs (released or not) the data plane has not caught up with, oldest change first.</summary>
    /// <param name="regions">Only EIPs of these regions (an agent owning some), or all.</param>
    Task<IReadOnlyList<PendingEip>> ListPendingAsync(int limit, IReadOnlySet<string>? regions = null);

    /// <summary>
    /// Records that the data plane applied this generation: only if it is still the current one, so a
    /// confirmation racing a newer API write is ignored. A binding being undone is then removed.
    /// </summary>
    Task<bool> ConfirmAsync(string allocationId, long generation);
}
