using OpenEip.Core.Associations;
using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Tests.Networks;

namespace OpenEip.Tests.DataPlane;

/// <summary>The store's desired-state query (issue 9): bindings resolved to a VPC and an address, and VPCs with their hosts.</summary>
public sealed class DesiredStateQueryTests : IDisposable
{
    private readonly ComputeTestBed _bed = new();

    [Fact]
    public async Task Networks_HaveTheirVSwitchesWithGateways_AndAHostPerInstanceUnattachedEniAndItsInterfaces()
    {
        await _bed.WithNetworkAsync("10.0.1.0/24");
        var instance = await _bed.RunAsync();
        var attached = await _bed.EniAsync(secondaryIps: 1);
        var loose = await _bed.EniAsync();
        _bed.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await _bed.AttachAsync(attached, instance)).IsSuccess);

        var desired = await Reader().ReadAsync(DesiredScope.Networks, null, null, CancellationToken.None);

        var vpc = Assert.Single(desired.Vpcs);
        Assert.Equal(["10.0.0.0/16"], vpc.CidrBlocks);
        Assert.Equal(new VSwitchDesired(_bed.VSwitchId, "10.0.1.0/24", "10.0.1.253"), Assert.Single(vpc.VSwitches));
        var host = vpc.Hosts.Single(h => h.Namespace == instance);
        Assert.Equal(HostKind.Instance, host.Kind);
        Assert.Equal([0, 1], host.Interfaces.Select(i => i.DeviceIndex));
        Assert.Equal(attached, host.Interfaces[1].InterfaceId);
        Assert.Equal(2, host.Interfaces[1].PrivateIps.Count);
        Assert.Equal([_bed.GroupId], host.Interfaces[0].SecurityGroupIds);
        var alone = vpc.Hosts.Single(h => h.Namespace == loose);
        Assert.Equal(HostKind.NetworkInterface, alone.Kind);
        Assert.Single(vpc.SecurityGroups);
        Assert.Empty(desired.Eips);
    }

    [Fact]
    public async Task Eips_AreResolvedToTheirVpcAndPrivateAddress_AndALostBindingComesBackUnbinding()
    {
        await _bed.WithNetworkAsync();
        var instance = await _bed.RunAsync();
        var eni = (await _bed.DescribeInstances.ExecuteAsync(new OpenEip.Core.UseCases.Compute.DescribeInstancesQuery(new OpenEip.Core.Ports.ComputeQuery(ComputeTestBed.AccountId, ComputeTestBed.Region) { Ids = [instance] }), CancellationToken.None))
            .Value.Items.Single();
        var allocation = await AllocateAsync();
        var primary = eni.NetworkInterfaces.Single(i => i.NetworkInterface.IsPrimary).NetworkInterface;
        var primaryIp = primary.PrimaryIpAddress;
        await _bed.Store.WriteAsync<Unit>(null, async s =>
        {
            var eip = (await s.Eips.FindAnyAsync(allocation))!;
            await s.Eips.SaveBindingAsync(eip, eip.Associate(new EipBinding
            {
                AllocationId = allocation, AccountId = ComputeTestBed.AccountId, RegionId = ComputeTestBed.Region,
                InstanceType = BindingTargetTypes.EcsInstance, InstanceId = instance, Mode = BindingModes.Nat,
                PrivateIpAddress = primaryIp, NetworkInterfaceId = primary.NetworkInterfaceId,
                BoundAt = _bed.Clock.GetUtcNow(),
            }, _bed.Clock.GetUtcNow()).Value);
            return Unit.Value;
        }, CancellationToken.None);

        var bound = Assert.Single((await Reader().ReadAsync(DesiredScope.Full, null, null, CancellationToken.None)).Eips);
        Assert.Equal(EipDelivery.Nat, bound.Delivery);
        Assert.Equal(_bed.VpcId, bound.VpcId);
        Assert.Equal(primaryIp, bound.PrivateIp);
        Assert.False(bound.Unbinding);
        Assert.True(bound.Generation > bound.ObservedGeneration);

        var other = await AllocateAsync();
        var delta = await Reader().ReadAsync(DesiredScope.Eips, [allocation, other], null, CancellationToken.None);
        Assert.Equal(2, delta.Eips.Count);
        Assert.True(delta.Eips.Single(e => e.AllocationId == other).Unbinding, "an EIP without a binding is to be removed");
        Assert.Empty(delta.Vpcs);
    }

    public void Dispose() => _bed.Dispose();

    private DesiredStateReader Reader() => new(_bed.Store, new RegionPools([new RegionPool(ComputeTestBed.Region, ["203.0.113.0/24"])]));

    private async Task<string> AllocateAsync()
    {
        var allocated = await new OpenEip.Core.UseCases.Eips.AllocateEip(_bed.Store, OpenEip.Core.Regions.RegionCatalogue.LoadEmbedded(), _bed.Clock)
            .ExecuteAsync(new OpenEip.Core.UseCases.Eips.AllocateEipCommand(ComputeTestBed.AccountId, ComputeTestBed.Region), null, CancellationToken.None);
        Assert.True(allocated.IsSuccess, allocated.Error?.ToString());
        return allocated.Value.AllocationId;
    }
}
