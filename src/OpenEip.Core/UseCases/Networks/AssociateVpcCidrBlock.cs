using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>AssociateVpcCidrBlock: a secondary block (R-BIND-9 allows a public range) that overlaps none of the VPC's blocks.</summary>
public sealed class AssociateVpcCidrBlock(IStore store)
{
    public Task<Result<string>> ExecuteAsync(AssociateVpcCidrBlockCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var block = CidrRules.ParseVpcBlock("SecondaryCidrBlock", command.CidrBlock);
        if (!block.IsSuccess)
            return Task.FromResult(Result<string>.Fail(block.Error));
        return store.WriteAsync<string>(idempotency, async session =>
        {
            var found = await VpcLookup.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var vpc = found.Value;
            var overlapping = vpc.AllCidrBlocks.FirstOrDefault(b => Ipv4Block.Parse(b)!.Value.Overlaps(block.Value));
            if (overlapping is not null)
                return ApiErrors.CidrOverlap("SecondaryCidrBlock", command.CidrBlock, $"the VPC's block {overlapping}");
            if (vpc.SecondaryCidrBlocks.Count >= CidrRules.MaxSecondaryCidrBlocks)
                return new Error("QuotaExceeded.SecondaryCidrBlock", $"A VPC has at most {CidrRules.MaxSecondaryCidrBlocks} secondary CIDR blocks.");
            await session.Networks.UpdateVpcAsync(vpc with { SecondaryCidrBlocks = [.. vpc.SecondaryCidrBlocks, block.Value.ToString()] });
            return block.Value.ToString();
        }, cancellationToken);
    }
}
