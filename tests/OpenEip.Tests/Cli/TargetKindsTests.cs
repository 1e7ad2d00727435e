using OpenEip.Cli.Common;
using OpenEip.Cli.Verbs;

namespace OpenEip.Tests.Cli;

/// <summary>The binding target's InstanceType, told by its id as Terraform's provider tells it.</summary>
public sealed class TargetKindsTests
{
    [Theory]
    [InlineData("i-3gyegaa2mn1u2zz5ntsq", "EcsInstance")]
    [InlineData("eni-3gyegaagdscf07399as4", "NetworkInterface")]
    [InlineData("ngw-3gyegaailqr5tjxhuyl1", "Nat")]
    [InlineData("lb-3gyegaamslkh1p7c1g8n", "SlbInstance")]
    [InlineData("havip-3gyegaan46o2xnzgx03h", "HaVip")]
    [InlineData("192.168.1.10", "IpAddress")]
    public void The_prefix_or_an_IPv4_address_tells_the_kind(string id, string kind) => Assert.Equal(kind, TargetKinds.Infer(id, null));

    [Fact]
    public void An_explicit_type_wins() => Assert.Equal("HaVip", TargetKinds.Infer("i-1", "HaVip"));

    [Theory]
    [InlineData("vpc-1")]
    [InlineData("2001:db8::1")]
    [InlineData("nothing")]
    public void Anything_else_asks_for_the_type(string id)
    {
        var error = Assert.Throws<CliException>(() => TargetKinds.Infer(id, null));

        Assert.Contains("give --type", error.Message, StringComparison.Ordinal);
    }
}
