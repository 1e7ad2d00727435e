namespace OpenEip.DataPlane.Model;

/// <summary>
/// A route, keyed by table and destination (what <c>ip route replace</c> replaces). <see cref="Type"/> is
/// null for a unicast route, or e.g. <c>unreachable</c>.
/// </summary>
internal sealed record RouteSpec(string Destination, int Table = RouteSpec.Main, string? Type = null, string? Via = null, string? Device = null, bool Onlink = false, string? Source = null)
{
    public const int Main = 254;
}
