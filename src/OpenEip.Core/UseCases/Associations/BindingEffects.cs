using OpenEip.Core.Associations;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>What a binding changes besides itself: the vSwitch IP of a newer NAT gateway (R-NAT-3), an ENI's private traffic (R-BIND-4, R-BIND-8).</summary>
public static class BindingEffects
{
    public static async Task OnBoundAsync(IStoreSession session, EipBinding binding)
    {
        if (binding.Mode == BindingModes.Binded)
            await SetPrivateTrafficDisabledAsync(session, binding, disabled: true);
    }

    /// <summary>
    /// Undoes a binding's effects. When the system releases an EIP (expiry, overdue payment), a BINDED
    /// ENI's private traffic stays off until the ENI is detached and attached again (R-BIND-8).
    /// </summary>
    public static async Task OnUnboundAsync(IStoreSession session, EipBinding binding, bool releasedBySystem)
    {
        if (binding.InstanceType == BindingTargetTypes.Nat)
            await session.PrivateIps.ReleaseOwnedAsync(NatBindingRules.EipIpOwnerType, binding.AllocationId);
        if (binding.Mode == BindingModes.Binded && !releasedBySystem)
            await SetPrivateTrafficDisabledAsync(session, binding, disabled: false);
    }

    private static async Task SetPrivateTrafficDisabledAsync(IStoreSession session, EipBinding binding, bool disabled)
    {
        var eni = await session.Compute.FindNetworkInterfaceAsync(binding.AccountId, binding.NetworkInterfaceId);
        if (eni is not null && eni.PrivateTrafficDisabled != disabled)
            await session.Compute.UpdateNetworkInterfaceAsync(eni with { PrivateTrafficDisabled = disabled });
    }
}
