using OpenEip.Core.Associations;

namespace OpenEip.Tests.Eips;

/// <summary>Issue 8: which bindings show PrivateIpAddress and VpcId in DescribeEipAddresses.</summary>
public sealed class DescribedBindingTests
{
    private static EipBinding Binding(string instanceType, string mode = BindingModes.Nat, string privateIp = "10.0.1.5", bool chosen = false, string vpcId = "") => new()
    {
        AllocationId = "eip-1",
        AccountId = "a",
        RegionId = "cn-hangzhou",
        InstanceType = instanceType,
        InstanceId = "x-1",
        Mode = mode,
        PrivateIpAddress = privateIp,
        PrivateIpChosen = chosen,
        VpcId = vpcId,
        BoundAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData(BindingTargetTypes.EcsInstance)]
    [InlineData(BindingTargetTypes.SlbInstance)]
    [InlineData(BindingTargetTypes.Nat)]
    [InlineData(BindingTargetTypes.HaVip)]
    public void PrivateIp_OfAnInstanceGatewayOrHaVip_IsNotShown_EvenIfTheBindingUsesOne(string instanceType)
    {
        Assert.Equal("", Binding(instanceType, chosen: true).DescribedPrivateIpAddress);
    }

    [Theory]
    [InlineData(BindingModes.Nat)]
    [InlineData(BindingModes.Binded)]
    [InlineData(BindingModes.MultiBinded)]
    public void PrivateIp_OfAnEni_IsShownOnlyWhenChosen(string mode)
    {
        Assert.Equal("10.0.1.5", Binding(BindingTargetTypes.NetworkInterface, mode, chosen: true).DescribedPrivateIpAddress);
        Assert.Equal("", Binding(BindingTargetTypes.NetworkInterface, mode, chosen: false).DescribedPrivateIpAddress);
    }

    [Fact]
    public void IpAddressBinding_ShowsItsVpc_AndThePrivateIpOnlyWhenGiven()
    {
        var given = Binding(BindingTargetTypes.IpAddress, chosen: true, vpcId: "vpc-1");
        var implied = Binding(BindingTargetTypes.IpAddress, chosen: false, vpcId: "vpc-1");

        Assert.Equal("vpc-1", given.DescribedVpcId);
        Assert.Equal("10.0.1.5", given.DescribedPrivateIpAddress);
        Assert.Equal("", implied.DescribedPrivateIpAddress);
    }

    [Fact]
    public void VpcId_IsShownOnlyForIpAddressBindings()
    {
        Assert.Equal("", Binding(BindingTargetTypes.NetworkInterface, vpcId: "vpc-1").DescribedVpcId);
        Assert.Equal("", Binding(BindingTargetTypes.EcsInstance, vpcId: "vpc-1").DescribedVpcId);
    }
}
