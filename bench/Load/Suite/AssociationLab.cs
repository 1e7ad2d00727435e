using System.Globalization;
using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Scenarios;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// The targets of the association runs, made through the API as tests/Conformance does: one VPC with a vSwitch and a
/// security group, ECS instances (RunInstances, 100 at a time; compute transitions are immediate in the suite's
/// server) and as many EIPs, paired one to one.
/// </summary>
public static class AssociationLab
{
    public static async Task<AssociationPairs> BuildAsync(string baseUrl, AccessKey key, string region, string zone, int clients, int perClient)
    {
        var count = clients * perClient;
        using var tenant = RpcClient.Open(baseUrl, key);
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

        // The EIPs eight at a time, each on a connection of its own (a client sends one request at a time).
        var eips = new string[instances.Count];
        await Parallel.ForAsync(0, instances.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var client = RpcClient.Open(baseUrl, key);
            eips[i] = (await EipCalls.AllocateAsync(client, region)).EnsureSuccess("AllocateEipAddress (association pairs)").Field("AllocationId")!;
        });
        return new AssociationPairs(instances.Select((instance, i) => new AssociationPair(eips[i], instance)).ToList(), perClient);
    }
}
