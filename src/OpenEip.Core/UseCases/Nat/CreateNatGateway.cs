using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// CreateNatGateway: a gateway in a vSwitch of the VPC, with its own address from that vSwitch (the one private-IP
/// allocator, so never an address something else holds), its SNAT and forward tables, and its tags.
/// </summary>
public sealed class CreateNatGateway(IStore store, TimeProvider clock)
{
    public Task<Result<NatGateway>> ExecuteAsync(CreateNatGatewayCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<NatGateway>.Fail(invalid));
        return store.WriteAsync<NatGateway>(idempotency, session => CreateAsync(session, command), cancellationToken);
    }

    private async Task<Result<NatGateway>> CreateAsync(IStoreSession session, CreateNatGatewayCommand command)
    {
        var vpc = await VpcLookup.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
        if (!vpc.IsSuccess)
            return vpc.Error;
        var vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, command.VSwitchId);
        if (vSwitch is null || vSwitch.VpcId != command.VpcId)
            return ApiErrors.VSwitchNotFound(command.VSwitchId);

        var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
        if (!group.IsSuccess)
            return group.Error;
        var id = ResourceIds.New("ngw");
        var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, command.NatIp, "NatIp", NatGateway.PrivateIpOwner, id);
        if (!address.IsSuccess)
            return address.Error;
        var gateway = new NatGateway
        {
            NatGatewayId = id,
            AccountId = command.AccountId,
            RegionId = vSwitch.RegionId,
            VpcId = vSwitch.VpcId,
            VSwitchId = vSwitch.VSwitchId,
            ZoneId = vSwitch.ZoneId,
            NetworkType = command.NetworkType,
            EipBindMode = command.EipBindMode,
            Name = command.Name ?? "",
            Description = command.Description ?? "",
            PrivateIpAddress = address.Value,
            NetworkInterfaceId = ResourceIds.New("eni"),
            SnatTableId = ResourceIds.New("stb"),
            ForwardTableId = ResourceIds.New("ftb"),
            ResourceGroupId = group.Value,
            CreationTime = clock.GetUtcNow(),
            IcmpReplyEnabled = command.IcmpReplyEnabled,
        };
        await session.NatGateways.InsertAsync(gateway);
        await TaggedResources.SetAsync(session, gateway.AccountId, ResourceTypes.NatGateway, gateway.NatGatewayId, command.Tags);
        return gateway;
    }
}
