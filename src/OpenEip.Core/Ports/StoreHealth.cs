namespace OpenEip.Core.Ports;

/// <summary>What the store can do right now: answer reads (reachable), take writes (writable), and if not, why.</summary>
public sealed record StoreHealth(bool Reachable, bool Writable, string Reason)
{
    public static readonly StoreHealth Healthy = new(true, true, "");
}
