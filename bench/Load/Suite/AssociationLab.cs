using System.Globalization;
using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Scenarios;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// The targets of the association runs, made through the API as tests/Conformance does: one VPC with a vSwitch and a
/// security group, ECS instances (RunInstances, 100 at a time; compute transitions are immediate in the suite's
/// server) and as many EIPs, paired one to one.
/// </summary>
public static class AssociationLab
{
    public static async Task<AssociationPairs> BuildAsync(RpcClient tenant, string region, string zone, int clients, int perClient)
    {
        var count = clients * perClient;
        var vpcId = (await tenant.CallAsync("CreateVpc", ApiVersions.Vpc, [new("RegionId", region), new("CidrBlock", "10.0.0.0/16")]))
            .EnsureSuccess("CreateVpc").Field("VpcId")!;
        var vSwitchId = (await tenant.CallAsync("CreateVSwitch", ApiVersions.Vpc,
            [new("RegionId", region), new("VpcId", vpcId), new("ZoneId", zone), new("CidrBlock", "10.0.0.0/20")]))
            .EnsureSuccess("CreateVSwitch").Field("VSwitchId")!;
        var groupId = (await tenant.CallAsync("CreateSecurityGroup", ApiVersions.Ecs, [new("RegionId", region), new("VpcId", vpcId)]))
            .EnsureSuccess("CreateSecurityGroup").Field("SecurityGroupId")!;

        var instances = new List<string>();
        while (instances.Count < count)
        {
            var amount = Math.Min(100, count - instances.Count);
            var run = (await tenant.CallAsync("RunInstances", ApiVersions.Ecs,
            [
                new("RegionId", region), new("InstanceType", "ecs.g7.large"), new("ImageId", "aliyun_3_x64"),
                new("VSwitchId", vSwitchId), new("SecurityGroupId", groupId), new("Amount", amount.ToString(CultureInfo.InvariantCulture)),
            ])).EnsureSuccess("RunInstances");
            instances.AddRange(run.Json().GetProperty("InstanceIdSets").GetProperty("InstanceIdSet").EnumerateArray().Select(i => i.GetString()!));
        }

        var pairs = new List<AssociationPair>();
        foreach (var instance in instances)
        {
            var eip = (await EipCalls.AllocateAsync(tenant, region)).EnsureSuccess("AllocateEipAddress (association pairs)");
            pairs.Add(new AssociationPair(eip.Field("AllocationId")!, instance));
        }

        return new AssociationPairs(pairs, perClient);
    }
}
