namespace OpenEip.Core.Ports;

/// <summary>
/// Background work that must run in one server at a time (the reconciler, the billing sweep): a server does it only
/// while it holds the work's lease. A lease held by a server that dies passes to a survivor at its next try.
/// </summary>
public interface IWorkLeases
{
    /// <summary>True when this server holds the lease of <paramref name="work"/> now (taking it if it is free).</summary>
    Task<bool> HoldsAsync(string work, CancellationToken cancellationToken);
}
