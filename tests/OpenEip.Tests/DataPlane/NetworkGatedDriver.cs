using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Tests.DataPlane;

/// <summary>
/// A driver that builds networks and notes the scope of every pass. With <see cref="NetworkBuilt"/> false,
/// EIPs wait (are not reported applied) until a network pass has run, as the nftables driver's do while
/// their host is not built.
/// </summary>
internal sealed class NetworkGatedDriver(bool networkBuilt) : IDataPlaneDriver
{
    public bool NetworkBuilt { get; private set; } = networkBuilt;

    public List<DesiredScope> Passes { get; } = [];

    public string Name => "gated";

    public TimeSpan ConfirmDelay => TimeSpan.Zero;

    public bool BuildsNetworks => true;

    public Task<IReadOnlyList<AppliedEip>> ApplyAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        Passes.Add(desired.Scope);
        if (desired.Scope != DesiredScope.Eips)
            NetworkBuilt = true;
        var applied = desired.Eips.Where(e => e.Unbinding || NetworkBuilt).Select(e => new AppliedEip(e.AllocationId, e.Generation)).ToList();
        return Task.FromResult<IReadOnlyList<AppliedEip>>(applied);
    }
}
