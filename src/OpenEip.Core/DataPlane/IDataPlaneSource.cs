using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Ports;

namespace OpenEip.Core.DataPlane;

/// <summary>
/// Where a reconciler learns what to carry and reports what it carries: the store itself (a driver inside
/// the server) or the server's operator API (the agent on a gateway host). Both run the same reconciler.
/// </summary>
public interface IDataPlaneSource
{
    /// <summary>EIPs whose spec is ahead of what the data plane observed, oldest change first.</summary>
    Task<IReadOnlyList<PendingEip>> ListPendingAsync(int limit, CancellationToken cancellationToken);

    Task<DesiredState> ReadAsync(DesiredScope scope, IReadOnlyCollection<string>? allocationIds, CancellationToken cancellationToken);

    /// <summary>Records the generations the data plane carries (compare-and-set: a newer spec is never overwritten).</summary>
    Task ConfirmAsync(IReadOnlyList<AppliedEip> applied, CancellationToken cancellationToken);
}
