using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Core.DataPlane;

/// <summary>
/// Makes the network carry what the store says. Level-triggered: given a desired state (some EIPs, every
/// network, or everything), it brings the data plane to it whatever it held before, and reports the EIP
/// generations it carries now. An EIP it could not apply yet (its host is not built) is left out, and the
/// reconciler offers it again.
/// </summary>
public interface IDataPlaneDriver
{
    /// <summary>The value of OpenEip:DataPlane:Driver that selects this driver.</summary>
    string Name { get; }

    /// <summary>How long after a change the driver may confirm it (the <c>none</c> driver's stand-in for real work).</summary>
    TimeSpan ConfirmDelay { get; }

    /// <summary>Whether it builds networks (hosts, routers): only then are network snapshots read for it.</summary>
    bool BuildsNetworks { get; }

    Task<IReadOnlyList<AppliedEip>> ApplyAsync(DesiredState desired, CancellationToken cancellationToken);
}
