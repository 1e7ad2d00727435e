using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// AssociateEipAddressBatch (R-ENI-7, R-NAT-7): 1–50 EIPs to one NAT gateway or one ENI, all or nothing —
/// every EIP is planned in the same transaction, and the first refusal rolls all of them back. On an ENI in
/// NAT mode each EIP takes the next private IP that has none;
/// in BINDED mode the single-EIP rules apply, so a second EIP on the ENI is refused (R-BIND-5).
/// </summary>
public sealed class AssociateEipBatch(IStore store, RegionCatalogue regions, BindingPlanner planner, IReconcileSignal reconciler, TimeProvider clock)
{
    public const int MaxEips = 50;

    public async Task<Result<Unit>> ExecuteAsync(AssociateEipBatchCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, command.RegionId) is { } unknownRegion)
            return unknownRegion;
        if (command.InstanceType is not (BindingTargetTypes.Nat or BindingTargetTypes.NetworkInterface))
            return ApiErrors.InvalidParameterValue("BindedInstanceType", command.InstanceType, [BindingTargetTypes.Nat, BindingTargetTypes.NetworkInterface]);
        if (command.AllocationIds.Count is 0 or > MaxEips)
            return ApiErrors.InvalidParameter("InstanceIds", $"give 1 to {MaxEips} EIP ids.");
        if (command.AllocationIds.Distinct(StringComparer.Ordinal).Count() != command.AllocationIds.Count)
            return ApiErrors.InvalidParameter("InstanceIds", "an EIP id is given twice.");

        var result = await store.WriteAsync<Unit>(idempotency, async session =>
        {
            var now = clock.GetUtcNow();
            foreach (var allocationId in command.AllocationIds)
            {
                var found = await EipLookup.FindAsync(session, command.AccountId, allocationId, command.RegionId);
                if (!found.IsSuccess)
                    return found.Error;
                var privateIp = command.InstanceType == BindingTargetTypes.NetworkInterface && (command.Mode ?? BindingModes.Nat) == BindingModes.Nat
                    ? await NextFreePrivateIpAsync(session, command.AccountId, command.InstanceId)
                    : null;
                var planned = await planner.PlanAsync(session, new BindingRequest(found.Value, command.InstanceType, command.InstanceId, command.Mode, privateIp), now);
                if (!planned.IsSuccess)
                    return planned.Error with { Message = $"{allocationId}: {planned.Error.Message} No EIP of the batch was associated." };
                var bound = found.Value.Associate(planned.Value, now);
                if (!bound.IsSuccess)
                    return bound.Error;
                await session.Eips.SaveBindingAsync(found.Value, bound.Value);
            }

            return Unit.Value;
        }, cancellationToken);
        if (result.IsSuccess)
            reconciler.Notify();
        return result;
    }

    /// <summary>
    /// The ENI's first private IP (primary first) without an EIP, through the ENI or bound as an IP address of its
    /// VPC; null leaves the choice (and the refusal) to the rules.
    /// </summary>
    private static async Task<string?> NextFreePrivateIpAsync(IStoreSession session, string accountId, string networkInterfaceId)
    {
        var eni = await session.Compute.FindNetworkInterfaceAsync(accountId, networkInterfaceId);
        if (eni is null)
            return null;
        var taken = (await session.Eips.ListOnNetworkInterfacesAsync([networkInterfaceId])).Select(e => e.Binding!.PrivateIpAddress).ToHashSet();
        taken.UnionWith((await session.Eips.ListBoundToAddressesInVpcAsync(eni.VpcId)).Select(e => e.Binding!.InstanceId));
        var owned = await session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, networkInterfaceId);
        return owned.OrderBy(ip => ip == eni.PrimaryIpAddress ? 0 : 1).FirstOrDefault(ip => !taken.Contains(ip)) ?? eni.PrimaryIpAddress;
    }
}
