namespace OpenEip.DataPlane.Actions;

/// <summary>
/// Carries out actions on the host, in order. A failure throws <see cref="DataPlaneActionException"/>
/// naming the action; the actions before it stay applied (the driver's next pass converges anyway).
/// </summary>
public interface IActionExecutor
{
    Task ExecuteAsync(IReadOnlyList<DataPlaneAction> actions, CancellationToken cancellationToken);

    /// <summary>The namespaces that exist now (to find what nobody asked for).</summary>
    Task<IReadOnlyList<string>> ListNamespacesAsync(CancellationToken cancellationToken);

    /// <summary>The links and nftables chains in a namespace that exists (what a driver that just started cannot know).</summary>
    Task<NamespaceInventory> InspectAsync(string ns, CancellationToken cancellationToken);
}
