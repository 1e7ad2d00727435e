using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Core.DataPlane;

/// <summary>
/// The <c>none</c> driver: control plane only. It programs nothing and confirms each change once
/// <see cref="ConfirmDelay"/> has passed, so that clients still see Associating before InUse.
/// </summary>
public sealed class NoDataPlaneDriver(TimeSpan confirmDelay) : IDataPlaneDriver
{
    public string Name => "none";

    public TimeSpan ConfirmDelay { get; } = confirmDelay;

    public bool BuildsNetworks => false;

    public Task<IReadOnlyList<AppliedEip>> ApplyAsync(DesiredState desired, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AppliedEip>>(desired.Eips.Select(e => new AppliedEip(e.AllocationId, e.Generation)).ToList());
}
