using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.Networks;

/// <summary>
/// Hands out a vSwitch's private IPs inside the caller's write transaction: an address asked for if it
/// is usable and free, otherwise the lowest free one. Exhaustion is a clear error.
/// </summary>
public static class PrivateIpAllocator
{
    public static async Task<Result<string>> AllocateAsync(IStoreSession session, VSwitch vSwitch, string? requested, string parameter, string ownerType, string ownerId)
    {
        var block = Ipv4Block.Parse(vSwitch.CidrBlock)!.Value;
        var (first, last) = CidrRules.UsableRange(block);
        string address;
        if (requested is not null)
        {
            var number = Ipv4Block.ParseAddress(requested);
            if (number is null || number < first || number > last)
                return ApiErrors.PrivateIpOutOfRange(parameter, requested, vSwitch.CidrBlock);
            if (await session.PrivateIps.FindAsync(vSwitch.VSwitchId, requested) is not null)
                return ApiErrors.PrivateIpInUse(requested, vSwitch.VSwitchId);
            address = requested;
        }
        else
        {
            var free = FirstFree(await session.PrivateIps.ListUsedAsync(vSwitch.VSwitchId), first, last);
            if (free is null)
                return ApiErrors.VSwitchIpNotEnough(vSwitch.VSwitchId);
            address = Ipv4Block.ToText(free.Value);
        }

        await session.PrivateIps.ReserveAsync(new PrivateIpUse(vSwitch.VSwitchId, address, ownerType, ownerId));
        return address;
    }

    private static uint? FirstFree(IReadOnlyList<uint> used, uint first, uint last)
    {
        var candidate = first;
        foreach (var number in used)
        {
            if (number < candidate)
                continue;
            if (number > candidate)
                break;
            candidate++;
        }

        return candidate <= last ? candidate : null;
    }
}
