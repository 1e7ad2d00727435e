using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>ModifyVpcAttribute: VpcName and Description (each left as it is when not given); the primary block only as it is.</summary>
public sealed class ModifyVpc(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(ModifyVpcCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("VpcName", command.VpcName, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await VpcLookup.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            if (command.CidrBlock is not null && command.CidrBlock != found.Value.CidrBlock)
                return new Error("OperationUnsupported.CidrBlock", $"The primary block of a VPC ({found.Value.CidrBlock}) does not change here; add a secondary block with AssociateVpcCidrBlock.");
            await session.Networks.UpdateVpcAsync(found.Value with { VpcName = command.VpcName ?? found.Value.VpcName, Description = command.Description ?? found.Value.Description });
            return Unit.Value;
        }, cancellationToken);
    }
}
