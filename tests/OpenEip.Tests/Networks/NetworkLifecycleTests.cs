using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;

namespace OpenEip.Tests.Networks;

public sealed class NetworkLifecycleTests
{
    [Fact]
    public async Task CreateVSwitch_OutsideTheVpc_IsRefused()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync("10.0.0.0/16");

        var result = await bed.VSwitchAsync(vpc, "10.1.0.0/24");

        Assert.Equal("InvalidCidrBlock.NotInVpc", result.Error?.Code);
    }

    [Fact]
    public async Task CreateVSwitch_OverlappingAnother_IsRefusedNamingIt()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync();
        var first = (await bed.VSwitchAsync(vpc, "10.0.0.0/24")).Value;

        var result = await bed.VSwitchAsync(vpc, "10.0.0.128/25");

        Assert.Equal("InvalidCidrBlock.Overlapped", result.Error?.Code);
        Assert.Contains(first, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateVSwitch_ZoneOfAnotherRegion_IsNotFound()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync();

        var result = await bed.VSwitchAsync(vpc, "10.0.0.0/24", zone: "cn-beijing-a");

        Assert.Equal("InvalidZoneId.NotFound", result.Error?.Code);
    }

    [Fact]
    public async Task R_BIND_9_public_secondary_block_takes_a_vswitch()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync();

        var added = await bed.AssociateVpcCidrBlock.ExecuteAsync(new AssociateVpcCidrBlockCommand(bed.AccountId, vpc, null, "47.100.8.0/24"), null, CancellationToken.None);
        var vSwitch = await bed.VSwitchAsync(vpc, "47.100.8.0/26");

        Assert.Equal("47.100.8.0/24", added.Value);
        Assert.True(vSwitch.IsSuccess, vSwitch.Error?.ToString());
    }

    [Fact]
    public async Task AssociateVpcCidrBlock_Overlapping_IsRefused()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync("10.0.0.0/16");

        var result = await bed.AssociateVpcCidrBlock.ExecuteAsync(new AssociateVpcCidrBlockCommand(bed.AccountId, vpc, null, "10.0.128.0/20"), null, CancellationToken.None);

        Assert.Equal("InvalidCidrBlock.Overlapped", result.Error?.Code);
    }

    [Fact]
    public async Task UnassociateVpcCidrBlock_UsedByAVSwitch_IsADependencyViolation()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync();
        await bed.AssociateVpcCidrBlock.ExecuteAsync(new AssociateVpcCidrBlockCommand(bed.AccountId, vpc, null, "192.168.0.0/24"), null, CancellationToken.None);
        var vSwitch = (await bed.VSwitchAsync(vpc, "192.168.0.0/28")).Value;

        var blocked = await bed.UnassociateVpcCidrBlock.ExecuteAsync(new UnassociateVpcCidrBlockCommand(bed.AccountId, vpc, null, "192.168.0.0/24"), null, CancellationToken.None);
        await bed.DeleteVSwitch.ExecuteAsync(new DeleteVSwitchCommand(bed.AccountId, vSwitch, null), null, CancellationToken.None);
        var removed = await bed.UnassociateVpcCidrBlock.ExecuteAsync(new UnassociateVpcCidrBlockCommand(bed.AccountId, vpc, null, "192.168.0.0/24"), null, CancellationToken.None);

        Assert.Equal("DependencyViolation.VSwitch", blocked.Error?.Code);
        Assert.True(removed.IsSuccess);
    }

    [Fact]
    public async Task DeleteVpc_WithAVSwitch_IsADependencyViolationNamingIt()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync();
        var vSwitch = (await bed.VSwitchAsync(vpc, "10.0.0.0/24")).Value;

        var result = await bed.DeleteVpc.ExecuteAsync(new DeleteVpcCommand(bed.AccountId, vpc, null), null, CancellationToken.None);

        Assert.Equal("DependencyViolation.VSwitch", result.Error?.Code);
        Assert.Contains(vSwitch, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateIps_AreHandedOutOnceUntilTheVSwitchIsExhausted()
    {
        using var bed = new NetworkTestBed();
        var vpc = await bed.VpcAsync();
        var vSwitchId = (await bed.VSwitchAsync(vpc, "10.0.0.0/29")).Value;

        var first = await AllocateAsync(bed, vSwitchId, "10.0.0.3");
        var taken = await AllocateAsync(bed, vSwitchId, "10.0.0.3");
        var reserved = await AllocateAsync(bed, vSwitchId, "10.0.0.7");
        var rest = new[] { await AllocateAsync(bed, vSwitchId, null), await AllocateAsync(bed, vSwitchId, null), await AllocateAsync(bed, vSwitchId, null) };
        var exhausted = await AllocateAsync(bed, vSwitchId, null);
        var described = await bed.DescribeVSwitches.ExecuteAsync(new NetworkQuery(bed.AccountId, NetworkTestBed.Region), CancellationToken.None);
        var deleteBlocked = await bed.DeleteVSwitch.ExecuteAsync(new DeleteVSwitchCommand(bed.AccountId, vSwitchId, null), null, CancellationToken.None);

        Assert.Equal("10.0.0.3", first.Value);
        Assert.Equal("InvalidPrivateIpAddress.Duplicated", taken.Error?.Code);
        Assert.Equal("InvalidPrivateIpAddress.OutOfRange", reserved.Error?.Code);
        Assert.Equal(["10.0.0.1", "10.0.0.2", "10.0.0.4"], rest.Select(r => r.Value));
        Assert.Equal("InvalidVSwitchId.IpNotEnough", exhausted.Error?.Code);
        Assert.Equal(0, described.Value.Items.Single().AvailableIpAddressCount);
        Assert.Equal("DependencyViolation.VSwitch", deleteBlocked.Error?.Code);
        Assert.Contains("eni-test", deleteBlocked.Error!.Message, StringComparison.Ordinal);
    }

    private static Task<OpenEip.Core.Errors.Result<string>> AllocateAsync(NetworkTestBed bed, string vSwitchId, string? requested) =>
        bed.Store.WriteAsync(null, async session =>
        {
            var vSwitch = await session.Networks.FindVSwitchAsync(bed.AccountId, vSwitchId);
            return await PrivateIpAllocator.AllocateAsync(session, vSwitch!, requested, "PrimaryIpAddress", "NetworkInterface", "eni-test");
        }, CancellationToken.None);
}
