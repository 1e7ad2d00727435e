using OpenEip.Core.Nat;
using OpenEip.Core.UseCases.Nat;

namespace OpenEip.Tests.Nat;

/// <summary>ModifyForwardEntry checks the entry as it would become: the fields given over the entry's own.</summary>
public sealed class ModifyForwardEntryMergeTests
{
    private static readonly ForwardEntry Entry = new()
    {
        ForwardEntryId = "fwd-1", AccountId = "1", RegionId = "cn-hangzhou", NatGatewayId = "ngw-1", ForwardTableId = "ftb-1",
        Name = "web", ExternalIp = "203.0.113.1", ExternalPort = "80", InternalIp = "10.0.1.10", InternalPort = "8080", IpProtocol = "tcp",
        PortBreak = true, CreationTime = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void NothingGiven_IsTheEntryAsItIs()
    {
        var merged = ForwardEntryRules.Merge(Entry, new ModifyForwardEntryCommand("1", "cn-hangzhou", "ftb-1", "fwd-1"));

        Assert.Equal(
            ("203.0.113.1", "80", "10.0.1.10", "8080", "tcp", "web", true),
            (merged.ExternalIp, merged.ExternalPort, merged.InternalIp, merged.InternalPort, merged.IpProtocol, merged.Name, merged.PortBreak));
    }

    [Fact]
    public void GivenFields_ReplaceOnlyThemselves()
    {
        var merged = ForwardEntryRules.Merge(Entry, new ModifyForwardEntryCommand("1", "cn-hangzhou", "ftb-1", "fwd-1")
        {
            InternalPort = "9090", IpProtocol = "UDP", PortBreak = false, Name = "",
        });

        Assert.Equal(
            ("203.0.113.1", "80", "10.0.1.10", "9090", "UDP", "", false),
            (merged.ExternalIp, merged.ExternalPort, merged.InternalIp, merged.InternalPort, merged.IpProtocol, merged.Name, merged.PortBreak));
        Assert.Equal("ftb-1", merged.ForwardTableId);
    }
}
