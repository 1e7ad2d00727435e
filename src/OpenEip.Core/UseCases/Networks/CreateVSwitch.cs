using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>CreateVSwitch: a block inside one of the VPC's blocks, overlapping none of its other vSwitches, in a zone of the VPC's region.</summary>
public sealed class CreateVSwitch(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public Task<Result<string>> ExecuteAsync(CreateVSwitchCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var block = CidrRules.ParseVSwitchBlock(command.CidrBlock);
        var invalid = block.Error
            ?? TextRules.ValidateText("VSwitchName", command.VSwitchName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<string>.Fail(invalid));

        return store.WriteAsync<string>(idempotency, async session =>
        {
            var found = await VpcLookup.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var vpc = found.Value;
            if (regions.Find(vpc.RegionId)?.Zones.Any(z => z.ZoneId == command.ZoneId) != true)
                return ApiErrors.ZoneNotFound(command.ZoneId, vpc.RegionId);
            if (!vpc.AllCidrBlocks.Any(b => Ipv4Block.Parse(b)!.Value.Contains(block.Value)))
                return new Error("InvalidCidrBlock.NotInVpc", $"The vSwitch block {command.CidrBlock} lies in none of the VPC's blocks ({string.Join(", ", vpc.AllCidrBlocks)}).");
            var overlapping = (await session.Networks.ListVSwitchesOfVpcAsync(vpc.VpcId)).FirstOrDefault(v => Ipv4Block.Parse(v.CidrBlock)!.Value.Overlaps(block.Value));
            if (overlapping is not null)
                return ApiErrors.CidrOverlap("CidrBlock", command.CidrBlock, $"the block {overlapping.CidrBlock} of the vSwitch {overlapping.VSwitchId}");

            var vSwitch = new VSwitch
            {
                VSwitchId = ResourceIds.New("vsw"),
                VpcId = vpc.VpcId,
                AccountId = command.AccountId,
                RegionId = vpc.RegionId,
                ZoneId = command.ZoneId,
                CidrBlock = block.Value.ToString(),
                VSwitchName = command.VSwitchName ?? "",
                Description = command.Description ?? "",
                CreationTime = clock.GetUtcNow(),
            };
            await session.Networks.InsertVSwitchAsync(vSwitch);
            await TaggedResources.SetAsync(session, vSwitch.AccountId, ResourceTypes.VSwitch, vSwitch.VSwitchId, command.Tags);
            return vSwitch.VSwitchId;
        }, cancellationToken);
    }
}
