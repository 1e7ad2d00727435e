namespace OpenEip.Core.DataPlane;

/// <summary>
/// Makes the network carry what the store says. Drivers are level-triggered: given the EIPs whose binding
/// changed, they bring those EIPs to their current spec whatever the data plane held before.
/// </summary>
public interface IDataPlaneDriver
{
    /// <summary>The value of OpenEip:DataPlane:Driver that selects this driver.</summary>
    string Name { get; }

    /// <summary>How long after a change the driver may confirm it (the <c>none</c> driver's stand-in for real work).</summary>
    TimeSpan ConfirmDelay { get; }

    Task ApplyAsync(IReadOnlyList<string> allocationIds, CancellationToken cancellationToken);
}
