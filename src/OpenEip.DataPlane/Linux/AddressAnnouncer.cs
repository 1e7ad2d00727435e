using System.Net;
using Microsoft.Extensions.Logging;
using OpenEip.DataPlane.Actions;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// <see cref="AnnounceAddress"/>: one gratuitous ARP now (the caller waits for that one only, well under a
/// millisecond), and a second one <see cref="RepeatAfter"/> later in the background in case the first was
/// lost, as <c>arping -U -c 2</c> would, without holding the caller for a second.
/// </summary>
internal sealed class AddressAnnouncer(NamespaceThread thread, ILogger logger)
{
    public static readonly TimeSpan RepeatAfter = TimeSpan.FromMilliseconds(100);

    public async Task AnnounceAsync(AnnounceAddress action, CancellationToken cancellationToken)
    {
        if (!IPAddress.TryParse(action.Address, out var address))
            throw new DataPlaneActionException(action, $"'{action.Address}' is not an IP address");
        try
        {
            await SendAsync(action, address, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new DataPlaneActionException(action, $"gratuitous ARP for {action.Address}: {e.Message}");
        }
        _ = RepeatAsync(action, address);
    }

    private Task<bool> SendAsync(AnnounceAddress action, IPAddress address, CancellationToken cancellationToken) =>
        thread.RunAsync(action.Namespace, scope =>
        {
            scope.Packet.AnnounceArp(action.Device, address);
            return true;
        }, cancellationToken);

    private async Task RepeatAsync(AnnounceAddress action, IPAddress address)
    {
        await Task.Delay(RepeatAfter);
        try
        {
            await SendAsync(action, address, CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The namespace or the device may be gone by now; the first announcement went out.
            logger.LogDebug("second gratuitous ARP for {Address} on {Namespace}/{Device}: {Error}", action.Address, action.Namespace, action.Device, e.Message);
        }
    }
}
