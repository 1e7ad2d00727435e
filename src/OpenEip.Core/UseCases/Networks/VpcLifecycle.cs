using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>CreateVpc, ModifyVpcAttribute, DeleteVpc, AssociateVpcCidrBlock and UnassociateVpcCidrBlock.</summary>
public sealed class VpcLifecycle(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public Task<Result<CreatedVpc>> CreateAsync(CreateVpcCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (regions.Find(command.RegionId) is null)
            return Fail<CreatedVpc>(ApiErrors.InvalidRegionId(command.RegionId));
        var block = CidrRules.ParseVpcBlock("CidrBlock", command.CidrBlock ?? CidrRules.DefaultVpcCidrBlock);
        var invalid = block.Error
            ?? TextRules.ValidateText("VpcName", command.VpcName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Fail<CreatedVpc>(invalid);

        return store.WriteAsync<CreatedVpc>(idempotency, async session =>
        {
            var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var vpc = new Vpc
            {
                VpcId = ResourceIds.New("vpc"),
                AccountId = command.AccountId,
                RegionId = command.RegionId,
                CidrBlock = block.Value.ToString(),
                VpcName = command.VpcName ?? "",
                Description = command.Description ?? "",
                ResourceGroupId = group.Value,
                VRouterId = ResourceIds.New("vrt"),
                RouteTableId = ResourceIds.New("vtb"),
                CreationTime = clock.GetUtcNow(),
            };
            await session.Networks.InsertVpcAsync(vpc);
            await TaggedResources.SetAsync(session, vpc.AccountId, ResourceTypes.Vpc, vpc.VpcId, command.Tags);
            return new CreatedVpc(vpc.VpcId, vpc.VRouterId, vpc.RouteTableId, vpc.ResourceGroupId);
        }, cancellationToken);
    }

    /// <summary>ModifyVpcAttribute: VpcName and Description (each left as it is when not given); the primary block only as it is.</summary>
    public Task<Result<Unit>> ModifyAsync(
        string accountId, string vpcId, string? regionId, string? vpcName, string? description, string? cidrBlock, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("VpcName", vpcName, 128) ?? TextRules.ValidateText("Description", description, 256);
        if (invalid is not null)
            return Fail<Unit>(invalid);
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await FindVpcAsync(session, accountId, vpcId, regionId);
            if (!found.IsSuccess)
                return found.Error;
            if (cidrBlock is not null && cidrBlock != found.Value.CidrBlock)
                return new Error("OperationUnsupported.CidrBlock", $"The primary block of a VPC ({found.Value.CidrBlock}) does not change here; add a secondary block with AssociateVpcCidrBlock.");
            await session.Networks.UpdateVpcAsync(found.Value with { VpcName = vpcName ?? found.Value.VpcName, Description = description ?? found.Value.Description });
            return Unit.Value;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string vpcId, string? regionId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await FindVpcAsync(session, accountId, vpcId, regionId);
            if (!found.IsSuccess)
                return found.Error;
            var vSwitches = await session.Networks.ListVSwitchesOfVpcAsync(vpcId);
            if (vSwitches.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.VSwitch", $"The VPC {vpcId} still has vSwitches: {Names(vSwitches.Select(v => v.VSwitchId))}. Delete them first.");
            var gateways = await session.NatGateways.ListOfVpcAsync(vpcId);
            if (gateways.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.NatGateway", $"The VPC {vpcId} still has NAT gateways: {Names(gateways.Select(g => g.NatGatewayId))}.");
            var groups = await session.Compute.QuerySecurityGroupsAsync(new ComputeQuery(accountId, found.Value.RegionId) { VpcId = vpcId, PageSize = 6 });
            if (groups.TotalCount > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.SecurityGroup", $"The VPC {vpcId} still has security groups: {Names(groups.Items.Select(g => g.SecurityGroupId))}.");
            // EIPs bound to addresses of the VPC (InstanceType=IpAddress) hold it as any bound resource does.
            var onAddresses = await session.Eips.ListBoundToAddressesInVpcAsync(vpcId);
            if (onAddresses.Count > 0)
                return AssociationErrors.HasBoundEips(vpcId, onAddresses.Select(e => e.AllocationId));
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.Vpc, vpcId);
            await session.Networks.DeleteVpcAsync(vpcId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>AssociateVpcCidrBlock: a secondary block (R-BIND-9 allows a public range) that overlaps none of the VPC's blocks.</summary>
    public Task<Result<string>> AddCidrBlockAsync(string accountId, string vpcId, string? regionId, string cidrBlock, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var block = CidrRules.ParseVpcBlock("SecondaryCidrBlock", cidrBlock);
        if (!block.IsSuccess)
            return Fail<string>(block.Error);
        return store.WriteAsync<string>(idempotency, async session =>
        {
            var found = await FindVpcAsync(session, accountId, vpcId, regionId);
            if (!found.IsSuccess)
                return found.Error;
            var vpc = found.Value;
            var overlapping = vpc.AllCidrBlocks.FirstOrDefault(b => Ipv4Block.Parse(b)!.Value.Overlaps(block.Value));
            if (overlapping is not null)
                return ApiErrors.CidrOverlap("SecondaryCidrBlock", cidrBlock, $"the VPC's block {overlapping}");
            if (vpc.SecondaryCidrBlocks.Count >= CidrRules.MaxSecondaryCidrBlocks)
                return new Error("QuotaExceeded.SecondaryCidrBlock", $"A VPC has at most {CidrRules.MaxSecondaryCidrBlocks} secondary CIDR blocks.");
            await session.Networks.UpdateVpcAsync(vpc with { SecondaryCidrBlocks = [.. vpc.SecondaryCidrBlocks, block.Value.ToString()] });
            return block.Value.ToString();
        }, cancellationToken);
    }

    public Task<Result<Unit>> RemoveCidrBlockAsync(string accountId, string vpcId, string? regionId, string cidrBlock, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await FindVpcAsync(session, accountId, vpcId, regionId);
            if (!found.IsSuccess)
                return found.Error;
            var vpc = found.Value;
            if (!vpc.SecondaryCidrBlocks.Contains(cidrBlock, StringComparer.Ordinal))
                return new Error("InvalidCidrBlock.NotFound", $"\"{ApiErrors.Shorten(cidrBlock)}\" is not a secondary CIDR block of {vpcId}.");
            var block = Ipv4Block.Parse(cidrBlock)!.Value;
            var inside = (await session.Networks.ListVSwitchesOfVpcAsync(vpcId)).Where(v => block.Contains(Ipv4Block.Parse(v.CidrBlock)!.Value)).ToList();
            if (inside.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.VSwitch", $"The block {cidrBlock} is used by vSwitches: {Names(inside.Select(v => v.VSwitchId))}.");
            var onAddresses = (await session.Eips.ListBoundToAddressesInVpcAsync(vpcId))
                .Where(e => block.Contains(Ipv4Block.ParseAddress(e.Binding!.InstanceId) ?? 0)).ToList();
            if (onAddresses.Count > 0)
                return AssociationErrors.HasBoundEips(cidrBlock, onAddresses.Select(e => e.AllocationId));
            await session.Networks.UpdateVpcAsync(vpc with { SecondaryCidrBlocks = vpc.SecondaryCidrBlocks.Where(b => b != cidrBlock).ToList() });
            return Unit.Value;
        }, cancellationToken);

    internal static async Task<Result<Vpc>> FindVpcAsync(IStoreSession session, string accountId, string vpcId, string? regionId)
    {
        var vpc = await session.Networks.FindVpcAsync(accountId, vpcId);
        return vpc is null || (!string.IsNullOrEmpty(regionId) && vpc.RegionId != regionId) ? ApiErrors.VpcNotFound(vpcId) : vpc;
    }

    internal static string Names(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return string.Join(", ", list.Take(5)) + (list.Count > 5 ? $" and {list.Count - 5} more" : "");
    }

    private static Task<Result<T>> Fail<T>(Error error) => Task.FromResult(Result<T>.Fail(error));
}
