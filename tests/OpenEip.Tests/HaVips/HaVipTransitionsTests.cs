using OpenEip.Core.HaVips;

namespace OpenEip.Tests.HaVips;

/// <summary>The HaVip's transitions, without a store (issue 11).</summary>
public sealed class HaVipTransitionsTests
{
    private static readonly HaVip Empty = new()
    {
        HaVipId = "havip-test", AccountId = "1000000000000001", RegionId = "cn-hangzhou", VpcId = "vpc-test", VSwitchId = "vsw-test",
        IpAddress = "10.0.1.50", CreationTime = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void R_HAVIP_2_the_first_member_becomes_master_and_later_ones_do_not_take_over()
    {
        var first = Empty.AddMember("i-one", "EcsInstance").Value;
        var second = first.AddMember("eni-two", "NetworkInterface").Value;

        Assert.Equal("i-one", second.MasterInstanceId);
        Assert.Equal(["i-one", "eni-two"], second.Members.Select(m => m.InstanceId));
        Assert.Equal("InUse", second.Status);
        Assert.Equal("Available", Empty.Status);
    }

    [Fact]
    public void R_HAVIP_2_a_member_twice_is_InvalidAssociation_Duplicated()
    {
        var joined = Empty.AddMember("i-one", "EcsInstance").Value;

        Assert.Equal("InvalidAssociation.Duplicated", joined.AddMember("i-one", "EcsInstance").Error?.Code);
    }

    [Fact]
    public void R_HAVIP_2_an_eleventh_member_is_QuotaExceeded_HaVipInstances()
    {
        var full = Enumerable.Range(1, HaVip.MaxMembers).Aggregate(Empty, (h, i) => h.AddMember($"i-{i}", "EcsInstance").Value);

        Assert.Equal(HaVip.MaxMembers, full.Members.Count);
        Assert.Equal("QuotaExceeded.HaVipInstances", full.AddMember("i-extra", "EcsInstance").Error?.Code);
    }

    [Fact]
    public void When_the_master_leaves_the_next_member_takes_over_and_the_last_to_leave_leaves_no_master()
    {
        var two = Empty.AddMember("i-one", "EcsInstance").Value.AddMember("i-two", "EcsInstance").Value;

        var one = two.RemoveMember("i-one").Value;
        var none = one.RemoveMember("i-two").Value;

        Assert.Equal("i-two", one.MasterInstanceId);
        Assert.Equal("", none.MasterInstanceId);
        Assert.Equal("Available", none.Status);
    }

    [Fact]
    public void A_member_that_is_not_the_master_leaves_without_moving_the_master()
    {
        var two = Empty.AddMember("i-one", "EcsInstance").Value.AddMember("i-two", "EcsInstance").Value;

        Assert.Equal("i-one", two.RemoveMember("i-two").Value.MasterInstanceId);
    }

    [Fact]
    public void Removing_a_stranger_is_InvalidBindingStatus()
    {
        Assert.Equal("InvalidBindingStatus", Empty.RemoveMember("i-none").Error?.Code);
    }

    [Fact]
    public void R_HAVIP_5_only_a_member_can_be_made_master()
    {
        var two = Empty.AddMember("i-one", "EcsInstance").Value.AddMember("i-two", "EcsInstance").Value;

        Assert.Equal("i-two", two.MakeMaster("i-two").Value.MasterInstanceId);
        Assert.Equal("InvalidBindingStatus", two.MakeMaster("i-three").Error?.Code);
        Assert.Equal(two, two.MakeMaster("i-one").Value);
    }
}
