using OpenEip.Core.Errors;
using OpenEip.Core.HaVips;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>
/// CreateHaVip (R-HAVIP-1 privilege, R-HAVIP-2 quota, both counted inside the write transaction): a private IP of
/// a vSwitch, held in the vSwitch's address table under <see cref="OwnerType"/> until the HaVip is deleted.
/// </summary>
public sealed class CreateHaVip(IStore store, TimeProvider clock)
{
    /// <summary>The owner type of a HaVip's private IP.</summary>
    public const string OwnerType = "HaVip";

    public Task<Result<HaVip>> ExecuteAsync(CreateHaVipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256) ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<HaVip>.Fail(invalid));
        var accountId = command.AccountId;
        return store.WriteAsync<HaVip>(idempotency, async session =>
        {
            if ((await session.Accounts.FindQuotaAsync(accountId, QuotaNames.HaVipPrivilege) ?? QuotaNames.Defaults[QuotaNames.HaVipPrivilege]) < 1)
                return new Error("Forbidden.HaVipNotAuthorized", "This account may not create HaVips: the privilege is granted through a quota application (the operator sets havip-privilege to 1).");
            var limit = await session.Accounts.FindQuotaAsync(accountId, QuotaNames.HaVipPerAccount) ?? QuotaNames.Defaults[QuotaNames.HaVipPerAccount];
            if (await session.HaVips.CountAsync(accountId) >= limit)
                return new Error("QuotaExceeded.HaVip", $"This account has its {limit} HaVips; delete one or ask the operator to raise havip-per-account.");
            var vSwitch = await session.Networks.FindVSwitchAsync(accountId, command.VSwitchId);
            if (vSwitch is null || vSwitch.RegionId != command.RegionId)
                return ApiErrors.VSwitchNotFound(command.VSwitchId);
            var group = await ResourceGroupPlacement.ResolveAsync(session, accountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var id = ResourceIds.New("havip");
            var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, command.IpAddress, "IpAddress", OwnerType, id);
            if (!address.IsSuccess)
                return address.Error;
            var haVip = new HaVip
            {
                HaVipId = id, AccountId = accountId, RegionId = command.RegionId, VpcId = vSwitch.VpcId, VSwitchId = command.VSwitchId, IpAddress = address.Value,
                Name = command.Name ?? "", Description = command.Description ?? "", ResourceGroupId = group.Value, CreationTime = clock.GetUtcNow(),
            };
            await session.HaVips.InsertAsync(haVip);
            await TaggedResources.SetAsync(session, accountId, ResourceTypes.HaVip, id, command.Tags);
            return haVip;
        }, cancellationToken);
    }
}
