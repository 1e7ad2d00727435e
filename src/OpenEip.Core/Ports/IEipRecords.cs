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

    /// <summary>
    /// Writes the EIP's own attributes, its lock and its idle clock, as the aggregate has them. Not its binding or
    /// generation (<see cref="SaveBindingAsync"/>), nor the generation the data plane observed (<see cref="ConfirmAsync"/>).
    /// </summary>
    Task UpdateAsync(Eip eip);

    /// <summary>
    /// Persists a binding transition of the aggregate (<see cref="Eip.Associate"/>, <see cref="Eip.Rebind"/>,
    /// <see cref="Eip.StartUnbind"/>, <see cref="Eip.DropBinding"/>): the binding as <paramref name="after"/> has it
    /// (its row replaced, so the store's unique keys judge it afresh), the generation, when the spec changed and the idle
    /// clock. Only over <paramref name="before"/>'s generation: a write that lost a race throws rather than overwriting.
    /// </summary>
    Task SaveBindingAsync(Eip before, Eip after);

    /// <summary>Records an EIP's second-level monitoring setting (SetHighDefinitionMonitorLogStatus).</summary>
    Task SetHighDefinitionMonitorAsync(string allocationId, HighDefinitionMonitor setting);

    /// <summary>Records the forwarding mode ModifyEipForwardMode set ("" clears it).</summary>
    Task SetForwardModeAsync(string allocationId, string mode);

    /// <summary>Unreleased EIPs bound (not being undone) to addresses of this VPC with InstanceType=IpAddress.</summary>
    Task<IReadOnlyList<Eip>> ListBoundToAddressesInVpcAsync(string vpcId);

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

    /// <summary>An EIP of any account, released or not (the data plane sees them all), or null.</summary>
    Task<Eip?> FindAnyAsync(string allocationId);

    /// <summary>
    /// <see cref="Eip.Confirm"/> applied where the EIP is stored, without reading it first: the observed generation
    /// becomes <paramref name="generation"/>, and a binding being undone is gone. Only if that generation is still the
    /// current one and not yet observed, as one conditional write, so a confirmation racing a newer API write is ignored
    /// rather than marking that write applied.
    /// </summary>
    /// <remarks>
    /// Not read, changed and saved like the aggregate's other transitions: the reconciler confirms every API write once,
    /// and reading the whole EIP with its binding for it was about a tenth of the writer's time in Associate and
    /// Unassociate (issue 12).
    /// </remarks>
    /// <returns>True when the EIP changed; false when it is gone, a newer generation overtook this one, or it was observed already.</returns>
    Task<bool> ConfirmAsync(string allocationId, long generation);
}
