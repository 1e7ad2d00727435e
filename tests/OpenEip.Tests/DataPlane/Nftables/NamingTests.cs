using OpenEip.DataPlane.Naming;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>Names of namespaces, links, MACs and VPC numbers (ADR 4): short enough, stable, never shared.</summary>
public sealed class NamingTests
{
    private const string LongVpc = "vpc-abcdefghij0123456789";
    private const string LongInstance = "i-abcdefghij0123456789";
    private const string LongEni = "eni-abcdefghij0123456789";

    [Fact]
    public void Namespaces_AreTheInternet_AGatewayPerRegion_AndTheResourceIds()
    {
        Assert.Equal("openeip-internet", NamespaceNames.Internet);
        Assert.Equal("openeip-gw-cn-hangzhou", NamespaceNames.Gateway("cn-hangzhou"));
        Assert.Equal(LongVpc, NamespaceNames.Router(LongVpc));
    }

    [Theory]
    [InlineData("openeip-internet", true)]
    [InlineData("openeip-gw-cn-hangzhou", true)]
    [InlineData(LongVpc, true)]
    [InlineData(LongInstance, true)]
    [InlineData(LongEni, true)]
    [InlineData("lb-abcdefghij0123456789", true)]
    [InlineData("i-abc", false)]
    [InlineData("vpc-ABCDEFGHIJ0123456789", false)]
    [InlineData("myapp", false)]
    [InlineData("openeip-gw-", false)]
    [InlineData("cni-1234", false)]
    public void IsOwned_RecognisesOnlyTheShapesOpenEipGives(string name, bool owned) => Assert.Equal(owned, NamespaceNames.IsOwned(name));

    [Theory]
    [InlineData("h0123456789ab", true)]
    [InlineData("b0123456789ab", true)]
    [InlineData("v0123456789ab", true)]
    [InlineData("r0123456789ab", true)]
    [InlineData("x0123456789ab", false)]
    [InlineData("h0123456789AB", false)]
    [InlineData("h0123456789a", false)]
    [InlineData("eth0", false)]
    [InlineData("up0", false)]
    [InlineData("lo", false)]
    public void LinkNames_IsOwned_RecognisesOnlyTheShapeOpenEipGives(string name, bool owned) => Assert.Equal(owned, LinkNames.IsOwned(name));

    [Fact]
    public void LinkNames_AllOfThem_AreOwned()
    {
        Assert.All([LinkNames.Bridge("vsw-1"), LinkNames.HostPort(LongInstance, LongEni), LinkNames.VpcLink(LongVpc), LinkNames.RegionLink("cn-hangzhou")],
            name => Assert.True(LinkNames.IsOwned(name), name));
    }

    [Fact]
    public void LinkNames_FitLinuxsFifteenCharacters_AndAreStable()
    {
        string[] names =
        [
            LinkNames.Bridge("vsw-abcdefghij0123456789"),
            LinkNames.HostPort(LongInstance, LongEni),
            LinkNames.VpcLink(LongVpc),
            LinkNames.RegionLink("ap-southeast-1"),
            LinkNames.HostInterface(7),
            LinkNames.Uplink,
        ];

        Assert.All(names, n => Assert.InRange(n.Length, 1, LinkNames.MaxLength));
        Assert.Equal(LinkNames.Bridge("vsw-abcdefghij0123456789"), names[0]);
        Assert.Equal(LinkNames.HostPort(LongInstance, LongEni), names[1]);
        Assert.StartsWith("b", names[0], StringComparison.Ordinal);
        Assert.StartsWith("h", names[1], StringComparison.Ordinal);
        Assert.StartsWith("v", names[2], StringComparison.Ordinal);
        Assert.StartsWith("r", names[3], StringComparison.Ordinal);
        Assert.Equal("eth7", names[4]);
    }

    [Fact]
    public void HostPort_DependsOnTheHost_SoAnEniThatMovesGetsANewPort()
    {
        Assert.NotEqual(LinkNames.HostPort(LongEni, LongEni), LinkNames.HostPort(LongInstance, LongEni));
    }

    [Fact]
    public void BridgeMac_IsLocallyAdministeredUnicast_AndStable()
    {
        var mac = LinkNames.BridgeMac("vsw-1");

        Assert.Matches("^02(:[0-9a-f]{2}){5}$", mac);
        Assert.Equal(mac, LinkNames.BridgeMac("vsw-1"));
        Assert.NotEqual(mac, LinkNames.BridgeMac("vsw-2"));
    }

    [Fact]
    public void UniqueNames_OnAHashCollision_GiveTheLaterKeyAnotherName_WhateverTheOrderOfTheKeys()
    {
        // One hex digit: collisions are certain among 40 keys.
        static string Tiny(string key, int salt) => "b" + NameHash.Hex(salt == 0 ? key : key + "#" + salt, 1) + salt;
        var keys = Enumerable.Range(0, 40).Select(i => $"vsw-{i}").ToList();

        var names = UniqueNames.Assign(keys, Tiny);
        var reversed = UniqueNames.Assign(Enumerable.Reverse(keys), Tiny);

        Assert.Equal(40, names.Values.Distinct().Count());
        Assert.Equal(names.OrderBy(n => n.Key), reversed.OrderBy(n => n.Key));
    }

    [Fact]
    public void UniqueNames_WithoutCollisions_AreTheHashNames()
    {
        var names = UniqueNames.Assign(["vsw-1", "vsw-2"], LinkNames.Bridge);

        Assert.Equal(LinkNames.Bridge("vsw-1"), names["vsw-1"]);
        Assert.Equal(LinkNames.Bridge("vsw-2"), names["vsw-2"]);
    }

    [Fact]
    public void VpcMarks_AreDistinct_AndClearOfTheKernelsTables_EvenWhenEveryIdWantsTheSameSlot()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"vpc-{i}").ToList();

        var marks = VpcMarks.Assign(ids, _ => 7);

        Assert.Equal(100, marks.Values.Distinct().Count());
        Assert.All(marks.Values, m => Assert.InRange(m, VpcMarks.First, VpcMarks.First + VpcMarks.Span - 1));
        Assert.Equal(marks, VpcMarks.Assign(Enumerable.Reverse(ids), _ => 7));
    }

    [Fact]
    public void VpcMarks_OfAVpc_DoNotChangeWhenAnotherVpcComes()
    {
        var alone = VpcMarks.Assign(["vpc-a"]);
        var together = VpcMarks.Assign(["vpc-a", "vpc-b", "vpc-c"]);

        Assert.Equal(alone["vpc-a"], together["vpc-a"]);
        Assert.Equal(3, together.Values.Distinct().Count());
    }
}
