using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DeleteVpc: only a VPC without vSwitches, NAT gateways, security groups, or EIPs bound to its addresses.</summary>
public sealed class DeleteVpc(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteVpcCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var vpcId = command.VpcId;
            var found = await VpcLookup.FindVpcAsync(session, command.AccountId, vpcId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var vSwitches = await session.Networks.ListVSwitchesOfVpcAsync(vpcId);
            if (vSwitches.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.VSwitch", $"The VPC {vpcId} still has vSwitches: {DependentResources.Names(vSwitches.Select(v => v.VSwitchId))}. Delete them first.");
            var gateways = await session.NatGateways.ListOfVpcAsync(vpcId);
            if (gateways.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.NatGateway", $"The VPC {vpcId} still has NAT gateways: {DependentResources.Names(gateways.Select(g => g.NatGatewayId))}.");
            var groups = await session.Compute.QuerySecurityGroupsAsync(new ComputeQuery(command.AccountId, found.Value.RegionId) { VpcId = vpcId, PageSize = 6 });
            if (groups.TotalCount > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.SecurityGroup", $"The VPC {vpcId} still has security groups: {DependentResources.Names(groups.Items.Select(g => g.SecurityGroupId))}.");
            // EIPs bound to addresses of the VPC (InstanceType=IpAddress) hold it as any bound resource does.
            var onAddresses = await session.Eips.ListBoundToAddressesInVpcAsync(vpcId);
            if (onAddresses.Count > 0)
                return AssociationErrors.HasBoundEips(vpcId, onAddresses.Select(e => e.AllocationId));
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.Vpc, vpcId);
            await session.Networks.DeleteVpcAsync(vpcId);
            return Unit.Value;
        }, cancellationToken);
}
