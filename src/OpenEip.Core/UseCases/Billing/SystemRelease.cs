using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Associations;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>
/// Releases an EIP on the system's initiative (expiry, overdue payment, R-LIFE-5): whatever it was bound
/// to is unbound first, and the address remembers its owner so that it can be recovered for 7 days (R-LIFE-6).
/// </summary>
public static class SystemRelease
{
    public static async Task ReleaseAsync(IStoreSession session, Eip eip, DateTimeOffset at)
    {
        if (eip.Binding is { } binding)
        {
            // The gateway's SNAT/DNAT entries lose this address, as with Force=true (R-NAT-6).
            if (binding.InstanceType == BindingTargetTypes.Nat)
                await NatEntryGuard.ClearAsync(session, eip, binding.InstanceId, force: true);
            var unbound = eip.DropBinding(at);
            await session.Eips.SaveBindingAsync(eip, unbound);
            // R-BIND-8: a BINDED ENI keeps its private traffic off until it is detached and attached again.
            await BindingEffects.OnUnboundAsync(session, binding, releasedBySystem: true);
            eip = unbound;
        }

        await session.Eips.UpdateAsync(eip.ReleasedAt(at));
        await session.Addresses.ReleaseAsync(eip.IpAddress, at);
        await session.Tags.RemoveAsync(ResourceTypes.Eip, eip.AllocationId, keys: null);
    }
}
