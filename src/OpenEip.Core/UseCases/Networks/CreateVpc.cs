using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>CreateVpc: a VPC with its vRouter and system route table (CidrBlock defaults to <see cref="CidrRules.DefaultVpcCidrBlock"/>).</summary>
public sealed class CreateVpc(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public Task<Result<CreatedVpc>> ExecuteAsync(CreateVpcCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (regions.Find(command.RegionId) is null)
            return Task.FromResult(Result<CreatedVpc>.Fail(ApiErrors.InvalidRegionId(command.RegionId)));
        var block = CidrRules.ParseVpcBlock("CidrBlock", command.CidrBlock ?? CidrRules.DefaultVpcCidrBlock);
        var invalid = block.Error
            ?? TextRules.ValidateText("VpcName", command.VpcName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<CreatedVpc>.Fail(invalid));

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
}
