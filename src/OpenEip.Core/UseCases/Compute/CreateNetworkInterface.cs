using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// CreateNetworkInterface: a secondary ENI in a vSwitch, with its own security groups (R-ENI-5), its primary private IP
/// and, if asked, secondary ones (within <see cref="NetworkInterface.MaxPrivateIpsWhenDetached"/>, R-ENI-4), and tags.
/// </summary>
public sealed class CreateNetworkInterface(IStore store, TimeProvider clock)
{
    public Task<Result<string>> ExecuteAsync(CreateNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("NetworkInterfaceName", command.NetworkInterfaceName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<string>.Fail(invalid));
        return store.WriteAsync<string>(idempotency, session => CreateAsync(session, command), cancellationToken);
    }

    private async Task<Result<string>> CreateAsync(IStoreSession session, CreateNetworkInterfaceCommand command)
    {
        var vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, command.VSwitchId);
        if (vSwitch is null || vSwitch.RegionId != command.RegionId)
            return ApiErrors.VSwitchNotFound(command.VSwitchId);
        var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
        if (!group.IsSuccess)
            return group.Error;
        var created = await NetworkInterfaces.CreateAsync(session, command.AccountId, vSwitch, command.SecurityGroupIds, "Secondary",
            command.PrimaryIpAddress, clock.GetUtcNow(), group.Value, command.NetworkInterfaceName, command.Description);
        if (!created.IsSuccess)
            return created.Error;
        var eni = created.Value;
        if (command.PrivateIpAddresses.Count > 0 || command.SecondaryPrivateIpAddressCount > 0)
        {
            // A new ENI is attached to nothing: the limit for a detached one applies.
            var facts = new EniAssignFacts(await NetworkInterfaceLookup.HeldPrivateIpsAsync(session, eni.NetworkInterfaceId), AttachedInstanceType: null);
            var adding = command.PrivateIpAddresses.Count > 0 ? command.PrivateIpAddresses.Count : command.SecondaryPrivateIpAddressCount;
            var allowed = eni.CheckAssign(facts, adding);
            if (!allowed.IsSuccess)
                return allowed.Error;
            var assigned = await NetworkInterfaces.AddPrivateIpsAsync(session, eni, command.PrivateIpAddresses, command.SecondaryPrivateIpAddressCount);
            if (!assigned.IsSuccess)
                return assigned.Error;
        }

        await TaggedResources.SetAsync(session, command.AccountId, ResourceTypes.NetworkInterface, eni.NetworkInterfaceId, command.Tags);
        return eni.NetworkInterfaceId;
    }
}
