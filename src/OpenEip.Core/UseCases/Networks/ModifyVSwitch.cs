using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>ModifyVSwitchAttribute: VSwitchName and Description (each left as it is when not given).</summary>
public sealed class ModifyVSwitch(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(ModifyVSwitchCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("VSwitchName", command.VSwitchName, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await VSwitchLookup.FindAsync(session, command.AccountId, command.VSwitchId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var vSwitch = found.Value;
            await session.Networks.UpdateVSwitchAsync(vSwitch with { VSwitchName = command.VSwitchName ?? vSwitch.VSwitchName, Description = command.Description ?? vSwitch.Description });
            return Unit.Value;
        }, cancellationToken);
    }
}
