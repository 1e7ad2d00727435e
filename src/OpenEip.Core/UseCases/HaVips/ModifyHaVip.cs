using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>ModifyHaVipAttribute: Name (≤ 128) and Description (≤ 256), each left as it is when not given.</summary>
public sealed class ModifyHaVip(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(ModifyHaVipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var haVip = await HaVipLookup.FindAsync(session, command.AccountId, command.RegionId, command.HaVipId);
            if (!haVip.IsSuccess)
                return haVip.Error;
            await session.HaVips.UpdateAsync(haVip.Value with { Name = command.Name ?? haVip.Value.Name, Description = command.Description ?? haVip.Value.Description });
            return Unit.Value;
        }, cancellationToken);
    }
}
