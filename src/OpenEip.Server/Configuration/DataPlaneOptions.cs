namespace OpenEip.Server.Configuration;

/// <summary>The <c>OpenEip:DataPlane</c> section: which driver carries the bindings, and how it confirms them.</summary>
public sealed class DataPlaneOptions
{
    /// <summary>
    /// "none": control plane only (the emulator); the EIP reaches InUse after <see cref="ConfirmDelay"/>.
    /// "nftables": this host carries every binding (network namespaces, nftables; needs root on Linux).
    /// "agent": the server programs nothing itself; data-plane agents (OpenEip.Agent) pull the desired state
    /// through the operator API and report what they carry.
    /// </summary>
    public string Driver { get; set; } = "none";

    public static readonly string[] Drivers = ["none", "nftables", "agent"];

    public bool RunsInServer => Driver != "agent";

    /// <summary>How long the <c>none</c> driver waits before confirming a change (0 allowed).</summary>
    public TimeSpan ConfirmDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How often the reconciler looks for work nobody woke it for (another server's writes).</summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a driver that builds networks rebuilds everything and removes what nobody asked for.</summary>
    public TimeSpan FullResyncInterval { get; set; } = TimeSpan.FromMinutes(1);

    public void Validate()
    {
        if (!Drivers.Contains(Driver, StringComparer.Ordinal))
            throw new InvalidOperationException($"OpenEip:DataPlane:Driver \"{Driver}\" is not known; the drivers are: {string.Join(", ", Drivers)}.");
        if (ConfirmDelay < TimeSpan.Zero || ConfirmDelay > TimeSpan.FromHours(1))
            throw new InvalidOperationException("OpenEip:DataPlane:ConfirmDelay is 0 to 1 hour.");
        if (ResyncInterval < TimeSpan.FromMilliseconds(50) || ResyncInterval > TimeSpan.FromMinutes(10))
            throw new InvalidOperationException("OpenEip:DataPlane:ResyncInterval is 50 ms to 10 minutes.");
        if (FullResyncInterval < TimeSpan.FromSeconds(1) || FullResyncInterval > TimeSpan.FromHours(24))
            throw new InvalidOperationException("OpenEip:DataPlane:FullResyncInterval is 1 second to 24 hours.");
    }
}
