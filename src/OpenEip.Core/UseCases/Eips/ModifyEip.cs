using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>ModifyEipAddressAttribute: bandwidth (within the billing method's range), name, description.</summary>
public sealed class ModifyEip(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> ExecuteAsync(ModifyEipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = EipRegions.Check(regions, command.RegionId)
            ?? TextRules.ValidateText("Name", command.Name, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var eip = found.Value;
            // R-EIP-4: while a bind or unbind is in flight, only reads are allowed.
            if (eip.Status is EipStatus.Associating or EipStatus.Unassociating)
                return AssociationErrors.IncorrectEipStatus(eip.AllocationId, eip.Status, "InUse or Available");
            if (command.Bandwidth is { } bandwidth
                && EipAllocationRules.ValidateBandwidth(bandwidth, eip.InstanceChargeType, eip.InternetChargeType) is { } error)
                return error;

            await session.Eips.UpdateAsync(eip with
            {
                Bandwidth = command.Bandwidth ?? eip.Bandwidth,
                Name = command.Name ?? eip.Name,
                Description = command.Description ?? eip.Description,
            });
            return Unit.Value;
        }, cancellationToken);
    }
}
