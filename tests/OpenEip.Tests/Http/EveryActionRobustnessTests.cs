using Microsoft.Extensions.DependencyInjection;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Tests.Http;

/// <summary>
/// Every registered action, called with missing, malformed and out-of-range values for the parameters
/// the APIs use, answers with an Alibaba error or a success: never a 5xx.
/// </summary>
public sealed class EveryActionRobustnessTests(OpenEipFactory factory) : IClassFixture<OpenEipFactory>
{
    private static readonly string[] Names =
    [
        "AllocationId", "InstanceId", "InstanceType", "VpcId", "VSwitchId", "CidrBlock", "SecondaryCidrBlock", "ZoneId", "SecurityGroupId",
        "NetworkInterfaceId", "NetworkInterfaceId.1", "HaVipId", "NatGatewayId", "LoadBalancerId", "AddressType", "PrivateIpAddress", "PrivateIpAddress.1",
        "PrimaryIpAddress", "IpAddress", "Bandwidth", "PageSize", "PageNumber", "Amount", "ZoneMappings.1.ZoneId", "ZoneMappings.1.VSwitchId",
        "InstanceIds", "SecurityGroupIds", "Filter.1.Key", "Filter.1.Value.1", "QuotaName", "Value", "AccountId", "CreationTime", "Seconds",
        "UserAccessKeyId", "ResourceType", "ResourceId.1", "Tag.1.Key", "TagKey.1", "IpProtocol", "PortRange", "SourceCidrIp", "Priority",
        "SecondaryPrivateIpAddressCount", "InstanceChargeType", "Period", "PricingCycle", "ProtectionEnable", "Type", "NetworkType",
        "SnatTableId", "SnatEntryId", "SnatIp", "SourceVSwitchId", "SourceCIDR", "SnatEntryName", "EipAffinity", "ForwardTableId", "ForwardEntryId",
        "ExternalIp", "ExternalPort", "InternalIp", "InternalPort", "ForwardEntryName", "PortBreak", "Force",
    ];

    private static readonly string[] Values = ["", "x", "-1", "0", "99999999999999999999", "1.2.3.4/99", "[\"a\"", "[1,2]", "null", new string('z', 300), "cn-hangzhou"];

    [Fact]
    public async Task EveryAction_WithGarbageParameters_NeverAnswers5xx()
    {
        var client = factory.Operator();
        var actions = factory.Services.GetRequiredService<RpcActionRegistry>().Actions.ToList();
        var failures = new List<string>();
        foreach (var action in actions)
        {
            foreach (var value in Values)
            {
                foreach (var region in new[] { "cn-hangzhou", "nowhere" })
                {
                    var parameters = Names.ToDictionary(n => n, _ => value);
                    parameters["RegionId"] = region;
                    var (status, body) = await client.GetAsync(client.Sign(action.Name, parameters, action.Version));
                    if (status >= 500 || !body.TryGetProperty("RequestId", out _))
                        failures.Add($"{action.Version} {action.Name} value=\"{value[..Math.Min(value.Length, 20)]}\" region={region}: {status} {body}");
                }
            }

            var (bareStatus, _) = await client.GetAsync(client.Sign(action.Name, new Dictionary<string, string>(), action.Version));
            if (bareStatus >= 500)
                failures.Add($"{action.Version} {action.Name} without parameters: {bareStatus}");
        }

        Assert.True(actions.Count > 50, $"only {actions.Count} actions registered");
        Assert.Empty(failures);
    }
}
