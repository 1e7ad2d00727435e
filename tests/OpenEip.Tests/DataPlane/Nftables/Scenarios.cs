using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Nat;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>The representative snapshots of the renderer's tests, shared by the syntax checks.</summary>
internal static class Scenarios
{
    public const string Vpc = "vpc-aaaaaaaaaaaaaaaaaaaa";
    public const string VSwitch = "vsw-1";
    public const string VSwitch2 = "vsw-2";
    public const string Web = "i-webwebwebwebwebwebwe";
    public const string WebEni = "eni-web0";
    public const string Db = "i-dbdbdbdbdbdbdbdbdbdb";
    public const string DbEni = "eni-db0";
    public const string Multi = "eni-multimultimultimult";
    public const string Binded = "eni-bindedbindedbinded";
    public const string Clb = "lb-clbclbclbclbclbclbcl";
    public const string Gateway = "ngw-1";
    public const string Web2 = "i-web2web2web2web2web2";
    public const string Web2Eni = "eni-web2";

    public static DateTimeOffset Time { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// One VPC with most of what the data plane does: an ECS instance with an EIP (NAT), an unattached ENI
    /// with two private IPs and two EIPs, a BINDED ENI, a MULTI_BINDED one, a CLB, a HaVip over two
    /// instances, a NAT gateway (SNAT for a vSwitch and a CIDR over two EIPs, a port forward, an IP mapping),
    /// and security groups.
    /// </summary>
    public static Snapshot Rich()
    {
        var s = new Snapshot();
        var vpc = s.Vpc(Vpc, "10.0.0.0/16")
            .VSwitch(VSwitch, "10.0.1.0/24")
            .VSwitch(VSwitch2, "10.0.2.0/24")
            .Instance(Web, Grouped(VpcBuilder.Eni(WebEni, VSwitch, 0, "10.0.1.10"), "sg-web"))
            .Instance(Db, Grouped(VpcBuilder.Eni(DbEni, VSwitch, 0, "10.0.1.20"), "sg-db"))
            .Instance(Web2, Grouped(VpcBuilder.Eni(Web2Eni, VSwitch2, 0, "10.0.2.10"), "sg-web"))
            .Host("eni-twotwotwotwotwotwot", HostKind.NetworkInterface, VpcBuilder.Eni("eni-twotwotwotwotwotwot", VSwitch, 0, "10.0.1.30", "10.0.1.31"))
            .Host(Binded, HostKind.NetworkInterface, VpcBuilder.Eni(Binded, VSwitch2, 0, "10.0.2.40") with { PrivateTrafficDisabled = true, SecurityGroupIds = ["sg-web"] })
            .Host(Multi, HostKind.NetworkInterface, VpcBuilder.Eni(Multi, VSwitch2, 0, "10.0.2.50"))
            .Host(Clb, HostKind.LoadBalancer, VpcBuilder.Eni(Clb, VSwitch, 0, "10.0.1.60"))
            .HaVip("havip-1", VSwitch, "10.0.1.100", WebEni, WebEni, DbEni)
            .Group("sg-web",
                Rule("sgr-ssh-drop", 1, "drop", "tcp", "22/22", "198.51.100.0/24"),
                Rule("sgr-ssh", 1, "accept", "tcp", "22/22", "0.0.0.0/0"),
                Rule("sgr-http", 2, "accept", "tcp", "8080/8080", "0.0.0.0/0"),
                Rule("sgr-icmp", 10, "accept", "icmp", "-1/-1", "0.0.0.0/0"))
            .Group("sg-db", Rule("sgr-db-from-web", 1, "accept", "tcp", "5432/5432", group: "sg-web"))
            .NatGateway(Gateway, VSwitch,
                [Snat("snat-vsw", "10.0.2.0/24", VSwitch2, "203.0.113.30"), Snat("snat-cidr", "10.0.1.0/25", "", "203.0.113.30", "203.0.113.31")],
                [Forward("fwd-ssh", "203.0.113.30", "2222", "10.0.1.20", "22", "tcp"), Forward("fwd-ip", "203.0.113.31", "any", "10.0.1.30", "any", "any")]);
        s.Ecs("eip-web", "203.0.113.5", vpc, Web, WebEni, "10.0.1.10");
        s.Eni("eip-two-a", "203.0.113.6", vpc, "eni-twotwotwotwotwotwot", "10.0.1.30");
        s.Eni("eip-two-b", "203.0.113.7", vpc, "eni-twotwotwotwotwotwot", "10.0.1.31");
        s.Eni("eip-binded", "203.0.113.20", vpc, Binded, "10.0.2.40", EipDelivery.Binded);
        s.Eni("eip-multi-a", "203.0.113.21", vpc, Multi, "10.0.2.50", EipDelivery.MultiBinded);
        s.Eni("eip-multi-b", "203.0.113.22", vpc, Multi, "10.0.2.50", EipDelivery.MultiBinded);
        s.Target("eip-clb", "203.0.113.40", vpc, BindingTargetTypes.SlbInstance, Clb, "10.0.1.60");
        s.Target("eip-havip", "203.0.113.9", vpc, BindingTargetTypes.HaVip, "havip-1", "10.0.1.100");
        s.Target("eip-ngw-a", "203.0.113.30", vpc, BindingTargetTypes.Nat, Gateway, "");
        s.Target("eip-ngw-b", "203.0.113.31", vpc, BindingTargetTypes.Nat, Gateway, "");
        return s;
    }

    public static InterfaceDesired Grouped(InterfaceDesired eni, params string[] groups) => eni with { SecurityGroupIds = groups };

    public static SecurityGroupRule Rule(string id, int priority, string policy, string protocol, string ports, string cidr = "", string group = "", string direction = "ingress") => new()
    {
        SecurityGroupRuleId = id, SecurityGroupId = "sg", Direction = direction, IpProtocol = protocol, PortRange = ports,
        SourceCidrIp = direction == "ingress" ? cidr : "", SourceGroupId = direction == "ingress" ? group : "",
        DestCidrIp = direction == "egress" ? cidr : "", DestGroupId = direction == "egress" ? group : "",
        Policy = policy, Priority = priority, CreationTime = Time,
    };

    public static SnatEntry Snat(string id, string cidr, string vSwitchId, params string[] ips) => new()
    {
        SnatEntryId = id, AccountId = "1", RegionId = Snapshot.Region, NatGatewayId = Gateway, SnatTableId = "stb-1",
        SnatIps = ips, SourceVSwitchId = vSwitchId, SourceCidr = cidr, CreationTime = Time,
    };

    public static ForwardEntry Forward(string id, string external, string externalPort, string internalIp, string internalPort, string protocol) => new()
    {
        ForwardEntryId = id, AccountId = "1", RegionId = Snapshot.Region, NatGatewayId = Gateway, ForwardTableId = "ftb-1",
        ExternalIp = external, ExternalPort = externalPort, InternalIp = internalIp, InternalPort = internalPort, IpProtocol = protocol, CreationTime = Time,
    };
}
