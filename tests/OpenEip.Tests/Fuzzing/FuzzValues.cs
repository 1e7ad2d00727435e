using System.Globalization;

namespace OpenEip.Tests.Fuzzing;

/// <summary>
/// What the fuzzer sends: the parameter names the actions read (so calls get past "missing parameter"),
/// values that are plausible (regions, ids seen in earlier answers, enums, addresses) or hostile
/// (empty, huge, control characters, malformed numbers, JSON and escapes), drawn from a seeded random.
/// </summary>
public sealed class FuzzValues(Random random)
{
    public static readonly string[] Names =
    [
        "AcceptLanguage", "AccountId", "AccountName", "ActivityId", "Address", "AddressType", "AllocationId", "Amount", "AssociatedInstanceId",
        "AssociatedInstanceType", "AutoPay", "Bandwidth", "BindedInstanceId", "BindedInstanceType", "ChargeType", "CidrBlock", "ClientToken",
        "CreationTime", "Description", "Direction", "DisplayName", "DryRun", "EipAddress", "EipAffinity", "EipBindMode", "EipName", "EnableIpv6",
        "EventAction", "ExternalIp", "ExternalPort", "Force", "ForceStop", "ForwardEntryId", "ForwardEntryName", "ForwardTableId", "HaVipId",
        "HostName", "IPv6CidrBlock", "ISP", "ImageId", "IncludeTags", "InstanceChargeType", "InstanceId", "InstanceIds", "InstanceName",
        "InstanceRegionId", "InstanceType", "InstanceTypeFamily", "InstanceTypes", "InternalIp", "InternalPort", "InternetChargeType",
        "InternetMaxBandwidthOut", "IpAddress", "IpProtocol", "IpVersion", "IsDefault", "LoadBalancerId", "LoadBalancerIds", "LoadBalancerName",
        "LoadBalancerSpec", "LockReason", "MasterZoneId", "MaxResults", "MinimumEniQuantity", "Mode", "Name", "NatGatewayId", "NatIp", "NatType",
        "Netmode", "NetworkInterfaceId", "NetworkInterfaceName", "NetworkType", "NewResourceGroupId", "NextToken", "Overdue", "PageNumber",
        "PageSize", "Password", "Period", "PortBreak", "PricePerHour", "PricingCycle", "PrimaryIpAddress", "PrivateIpAddress", "ProductType",
        "ProtectionEnable", "PublicIpAddressPoolId", "QuotaName", "ResourceGroupId", "ResourceGroupIds", "ResourceId", "ResourceType",
        "SecondaryCidrBlock", "SecondaryPrivateIpAddressCount", "Seconds", "SecurityGroupId", "SecurityGroupIds", "SecurityGroupName",
        "SecurityGroupType", "SecurityProtectionTypes", "ServiceManaged", "SnatEntryId", "SnatEntryName", "SnatIp", "SnatTableId", "SourceCIDR",
        "SourceVSwitchId", "Status", "TagKey", "Type", "UserAccessKeyId", "VSwitchId", "VSwitchName", "Value", "VpcId", "VpcIds", "VpcName",
        "Zone", "ZoneId", "ZoneType", "StartTime", "EndTime", "PortRange", "SourceCidrIp", "Priority", "Policy", "NicType",
        "Tag.1.Key", "Tag.1.Value", "Tag.2.Key", "Tags.1.Key", "TagKey.1", "ResourceId.1", "ResourceId.2", "InstanceIds.1", "InstanceIds.2",
        "NetworkInterfaceId.1", "PrivateIpAddress.1", "PrivateIpAddress.2", "SecurityGroupIds.1", "SecurityProtectionTypes.1",
        "Filter.1.Key", "Filter.1.Value.1", "Filter.2.Key", "Filter.2.Value", "ZoneMappings.1.ZoneId", "ZoneMappings.1.VSwitchId",
        "ZoneMappings.2.ZoneId", "ZoneMappings.2.VSwitchId", "Permissions.1.IpProtocol", "Permissions.1.PortRange", "Permissions.1.SourceCidrIp",
    ];

    private static readonly string[] Words =
    [
        "cn-hangzhou", "cn-shanghai", "ap-southeast-1", "cn-hongkong", "us-west-1", "nowhere", "cn-hangzhou-h", "cn-hangzhou-i",
        "EcsInstance", "SlbInstance", "Nat", "NetworkInterface", "HaVip", "IpAddress", "NAT", "BINDED", "MULTI_BINDED", "EIP", "eip", "Eip", "Vpc", "HaVip",
        "PayByBandwidth", "PayByTraffic", "PostPaid", "PrePaid", "Month", "Year", "BGP", "BGP_PRO", "public", "internet", "intranet", "Internet", "Intranet",
        "Enhanced", "tcp", "udp", "any", "icmp", "all", "ingress", "egress", "Available", "InUse", "Associating", "true", "false", "ON", "OFF",
        "ecs.g7.large", "ecs.c7.xlarge", "ecs.g6.large", "eip-multi-binded-privilege", "havip-privilege", "financial", "security", "CreationStartTime",
        "VpcId", "HaVipId", "NATGATEWAY", "instance", "securitygroup", "eni", "default", "22/22", "1/65535", "80", "0.0.0.0/0", "Standard",
    ];

    private static readonly string[] Hostile =
    [
        "", " ", "x", "-1", "0", "1", "2147483648", "-9223372036854775809", "99999999999999999999", "1e9", "1.5", "NaN", "0x10", "٣",
        "null", "[null]", "[\"a\",null]", "[1,2]", "{}", "[", "{\"ModeValue\":", "\"", "'; DROP TABLE eips; --", "../../etc/passwd", "%zz", "%00",
        "http://x", "https://x", "a\u0001b", "\u0000", "line\nbreak", "tab\t", "\u007f", "\u0085", "\uffff", "\ufeffbom", "😀", "東京",
        "<x>&\"'", "${jndi:ldap://x}", "1.2.3.4/99", "300.1.1.1", "::1", "10.0.0.0/8", "192.168.0.0/16", "203.0.113.5", "0.0.0.0", "255.255.255.255",
        "2026-13-45T99:99Z", "2026-01-01T00:00Z", "1970-01-01T00:00:00Z",
    ];

    /// <summary>Ids from earlier answers (eip-…, i-…, vsw-…), so that calls reach real resources.</summary>
    public List<string> KnownIds { get; } = [];

    public string Name() => Names[random.Next(Names.Length)];

    /// <summary>A value aimed at how the parameter is read: edge numbers at an Int, broken arrays at a JsonList, …</summary>
    public string ValueFor(string kind) => random.Next(3) == 0 ? Value() : kind switch
    {
        "Int" or "Long" or "RequiredLong" => Pick("0", "-1", "1", "100", "101", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "01", "+5", " 5", "5 ", "1,000", "1e3", "0x1F", "Infinity"),
        "Bool" or "RequiredBool" => Pick("true", "false", "True", "FALSE", "1", "0", "yes", "", "tru"),
        "JsonList" => Pick("[null]", "[\"a\",null]", "[1]", "[true]", "{}", "[[\"a\"]]", "[\"\"]", "[", "null", "\"a\"", $"[{string.Join(',', Enumerable.Repeat("\"i-x\"", 150))}]"),
        "CommaList" => Pick(",", ",,,", " , ", string.Join(',', Enumerable.Repeat("eip-x", 60)), "a,,b", KnownIds.Count > 0 ? string.Join(',', KnownIds.Take(3)) : "x"),
        "Enum" or "RequiredEnum" => Pick(Words[random.Next(Words.Length)].ToUpperInvariant(), Words[random.Next(Words.Length)].ToLowerInvariant(), "", " NAT", "Nat\u0000"),
        _ => Value(),
    };

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    public string Value() => random.Next(10) switch
    {
        0 or 1 => Hostile[random.Next(Hostile.Length)],
        2 or 3 when KnownIds.Count > 0 => KnownIds[random.Next(KnownIds.Count)],
        4 => Words[random.Next(Words.Length)],
        5 => random.Next(-5, 70000).ToString(CultureInfo.InvariantCulture),
        6 => Huge(),
        7 => RandomText(),
        8 when KnownIds.Count > 0 => $"[\"{KnownIds[random.Next(KnownIds.Count)]}\"]",
        _ => Words[random.Next(Words.Length)],
    };

    private string Huge() => new(random.Next(2) == 0 ? 'a' : 'é', random.Next(100, 20_000));

    private string RandomText()
    {
        var chars = new char[random.Next(1, 40)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)random.Next(random.Next(4) == 0 ? 0x0 : 0x20, random.Next(6) == 0 ? 0x3000 : 0x7f);
        return new string(chars);
    }
}
