using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>UnassociateVpcCidrBlock: a secondary block no vSwitch lies in and no EIP is bound to an address of.</summary>
public sealed class UnassociateVpcCidrBlock(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(UnassociateVpcCidrBlockCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var (vpcId, cidrBlock) = (command.VpcId, command.CidrBlock);
            var found = await VpcLookup.FindVpcAsync(session, command.AccountId, vpcId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var vpc = found.Value;
            if (!vpc.SecondaryCidrBlocks.Contains(cidrBlock, StringComparer.Ordinal))
                return new Error("InvalidCidrBlock.NotFound", $"\"{ApiErrors.Shorten(cidrBlock)}\" is not a secondary CIDR block of {vpcId}.");
            var block = Ipv4Block.Parse(cidrBlock)!.Value;
            var inside = (await session.Networks.ListVSwitchesOfVpcAsync(vpcId)).Where(v => block.Contains(Ipv4Block.Parse(v.CidrBlock)!.Value)).ToList();
            if (inside.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.VSwitch", $"The block {cidrBlock} is used by vSwitches: {DependentResources.Names(inside.Select(v => v.VSwitchId))}.");
            var onAddresses = (await session.Eips.ListBoundToAddressesInVpcAsync(vpcId))
                .Where(e => block.Contains(Ipv4Block.ParseAddress(e.Binding!.InstanceId) ?? 0)).ToList();
            if (onAddresses.Count > 0)
                return AssociationErrors.HasBoundEips(cidrBlock, onAddresses.Select(e => e.AllocationId));
            await session.Networks.UpdateVpcAsync(vpc with { SecondaryCidrBlocks = vpc.SecondaryCidrBlocks.Where(b => b != cidrBlock).ToList() });
            return Unit.Value;
        }, cancellationToken);
}
