using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>
/// CreateNetworkInterface: a secondary ENI in a vSwitch, with its own security groups (R-ENI-5) and tags
/// (Tag.N). Trunk ENIs, high-performance traffic modes, IPv6, IPv4 prefixes and queue numbers are not
/// modelled and are refused rather than dropped.
/// </summary>
public sealed class CreateNetworkInterfaceAction(CreateNetworkInterface create, DescribeNetworkInterfaces describe) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "CreateNetworkInterface";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var groups = bind.List("SecurityGroupIds", 10).ToList();
        if (bind.String("SecurityGroupId", 64) is { Length: > 0 } group)
            groups.Insert(0, group);
        var command = new CreateNetworkInterfaceCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("VSwitchId", 64), groups)
        {
            PrimaryIpAddress = bind.NonEmptyString("PrimaryIpAddress", 64),
            PrivateIpAddresses = bind.List("PrivateIpAddress", 50),
            SecondaryPrivateIpAddressCount = bind.Int("SecondaryPrivateIpAddressCount", 0, 50) ?? 0,
            NetworkInterfaceName = bind.String("NetworkInterfaceName", 1024),
            Description = bind.String("Description", 1024),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            Tags = bind.Tags("Tag", 20),
        };
        NetworkInterfaceSupport.RefuseUnmodelled(bind);
        bind.Enum("InstanceType", ["Secondary"]);
        bind.Enum("NetworkInterfaceTrafficMode", ["Standard"]);
        if (bind.Error is not null)
            return bind.Error;
        var created = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        if (!created.IsSuccess)
            return created.Error;
        var page = await describe.ExecuteAsync(new(context.AccountId, command.RegionId) { Ids = [created.Value] }, context.CancellationToken);
        return NetworkInterfaceItem.From(page.Value.Items.Single());
    }
}
