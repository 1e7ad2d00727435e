using OpenEip.Core.Compute;

namespace OpenEip.Tests.Compute;

/// <summary>The security group's decisions on Authorize, Revoke and Delete, without a store (issue 11).</summary>
public sealed class SecurityGroupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static readonly SecurityGroup Group = new("sg-web", "1000000000000001", "cn-hangzhou", "vpc-test", "web", "", Now.AddDays(-1));

    private static readonly SecurityGroupRule Ssh = new()
    {
        SecurityGroupRuleId = "sgr-ssh", SecurityGroupId = "sg-web", Direction = "ingress", IpProtocol = "tcp", PortRange = "22/22",
        SourceCidrIp = "0.0.0.0/0", Policy = "accept", Priority = 1, Description = "ssh", CreationTime = Now.AddHours(-1),
    };

    /// <summary>SSH again with a new id, time and description: the same permission.</summary>
    private static readonly SecurityGroupRule SshAgain = Ssh with { SecurityGroupRuleId = "sgr-new", Description = "again", CreationTime = Now };

    private static readonly SecurityGroupRule Https = Ssh with { SecurityGroupRuleId = "sgr-https", PortRange = "443/443" };

    private static IReadOnlyList<SecurityGroupRule> Full(SecurityGroupRule first) =>
        [first, .. Enumerable.Range(1, SecurityGroupRules.MaxRulesPerGroup - 1).Select(i => Ssh with { SecurityGroupRuleId = $"sgr-{i}", Priority = 1 + (i % 100), PortRange = $"{i}/{i}" })];

    [Fact]
    public void Authorize_a_new_permission_answers_the_rule_to_add()
    {
        var decided = Group.Authorize(Https, new SecurityGroupAuthorizeFacts([Ssh], SourceGroupExists: true));

        Assert.Same(Https, decided.Value);
    }

    [Fact]
    public void Authorize_the_same_permission_again_adds_nothing_even_when_the_group_is_full()
    {
        var decided = Group.Authorize(SshAgain, new SecurityGroupAuthorizeFacts(Full(Ssh), SourceGroupExists: true));

        Assert.True(decided.IsSuccess);
        Assert.Null(decided.Value);
    }

    [Fact]
    public void Authorize_a_new_permission_on_a_full_group_is_refused()
    {
        var decided = Group.Authorize(Https with { PortRange = "8443/8443" }, new SecurityGroupAuthorizeFacts(Full(Ssh), SourceGroupExists: true));

        Assert.Equal("QuotaExceeded.AuthorizationRule", decided.Error?.Code);
        Assert.Equal($"A security group has at most {SecurityGroupRules.MaxRulesPerGroup} rules.", decided.Error?.Message);
    }

    [Fact]
    public void Authorize_from_a_peer_group_that_does_not_exist_is_refused_before_anything_else()
    {
        var fromPeer = Ssh with { SourceCidrIp = "", SourceGroupId = "sg-gone" };

        var decided = Group.Authorize(fromPeer, new SecurityGroupAuthorizeFacts([fromPeer], SourceGroupExists: false));

        Assert.Equal("InvalidSecurityGroupId.NotFound", decided.Error?.Code);
        Assert.Contains("sg-gone", decided.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_answers_every_rule_of_the_same_permission_and_nothing_when_there_is_none()
    {
        IReadOnlyList<SecurityGroupRule> rules = [Ssh, Https, Ssh with { SecurityGroupRuleId = "sgr-twin" }];

        Assert.Equal(["sgr-ssh", "sgr-twin"], Group.Revoke(SshAgain, rules).Select(r => r.SecurityGroupRuleId));
        Assert.Empty(Group.Revoke(Ssh with { Policy = "drop" }, rules));
    }

    [Fact]
    public void Delete_is_allowed_when_no_network_interface_is_in_the_group()
    {
        Assert.True(Group.CheckDelete([]).IsSuccess);
    }

    [Fact]
    public void Delete_while_network_interfaces_are_in_the_group_names_five_and_counts_the_rest()
    {
        var refused = Group.CheckDelete(["eni-1", "eni-2", "eni-3", "eni-4", "eni-5", "eni-6"]);
        var one = Group.CheckDelete(["eni-1"]);

        Assert.Equal("DependencyViolation", refused.Error?.Code);
        Assert.Equal("The security group sg-web is used by network interfaces: eni-1, eni-2, eni-3, eni-4, eni-5 and 1 more.", refused.Error?.Message);
        Assert.Equal("The security group sg-web is used by network interfaces: eni-1.", one.Error?.Message);
    }
}
