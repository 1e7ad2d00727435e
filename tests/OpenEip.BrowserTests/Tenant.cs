using System.Text.Json;

namespace OpenEip.BrowserTests;

/// <summary>
/// A fresh account made by the operator through the operator API, with its own AccessKey pair and its own
/// API client: each test works in an account of its own, so tests cannot see each other's resources.
/// </summary>
public sealed class Tenant
{
    private Tenant(ServerFixture server, string accountId, string accessKeyId, string accessKeySecret)
    {
        AccountId = accountId;
        AccessKeyId = accessKeyId;
        AccessKeySecret = accessKeySecret;
        Rpc = new OperatorRpc(server.BaseUrl, accessKeyId, accessKeySecret);
    }

    public string AccountId { get; }

    public string AccessKeyId { get; }

    public string AccessKeySecret { get; }

    /// <summary>The account's own API client (not the operator's).</summary>
    public OperatorRpc Rpc { get; }

    public static async Task<Tenant> CreateAsync(ServerFixture server, string name)
    {
        var body = await server.Rpc.CallAsync("CreateAccount", new Dictionary<string, string> { ["AccountName"] = name }, OperatorRpc.Operator);
        return new Tenant(server, Text(body, "AccountId"), Text(body, "AccessKeyId"), Text(body, "AccessKeySecret"));
    }

    /// <summary>The operator grants this account a quota or privilege (SetAccountQuota).</summary>
    public Task GrantAsync(ServerFixture server, string quotaName, long value = 1) =>
        server.Rpc.CallAsync("SetAccountQuota", new Dictionary<string, string> { ["AccountId"] = AccountId, ["QuotaName"] = quotaName, ["Value"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture) }, OperatorRpc.Operator);

    public async Task<AllocatedEip> AllocateEipAsync(string regionId)
    {
        var body = await Rpc.CallAsync("AllocateEipAddress", new Dictionary<string, string> { ["RegionId"] = regionId });
        return new AllocatedEip(Text(body, "AllocationId"), Text(body, "EipAddress"));
    }

    public Task BindAsync(string allocationId, string instanceId, string instanceType, string regionId) =>
        Rpc.CallAsync("AssociateEipAddress", new Dictionary<string, string> { ["RegionId"] = regionId, ["AllocationId"] = allocationId, ["InstanceId"] = instanceId, ["InstanceType"] = instanceType });

    /// <summary>The EIP's status as DescribeEipAddresses answers it.</summary>
    public async Task<string> EipStatusAsync(string allocationId, string regionId)
    {
        var body = await Rpc.CallAsync("DescribeEipAddresses", new Dictionary<string, string> { ["RegionId"] = regionId, ["AllocationId"] = allocationId });
        var eips = body.GetProperty("EipAddresses").GetProperty("EipAddress");
        return eips.GetArrayLength() == 0 ? "" : Text(eips[0], "Status");
    }

    /// <summary>Polls DescribeEipAddresses until the EIP has this status (bounded: a binding settles within seconds here).</summary>
    public async Task WaitForEipStatusAsync(string allocationId, string regionId, string status)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string now;
        while ((now = await EipStatusAsync(allocationId, regionId)) != status)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"{allocationId} is still {now}, not {status}, after 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>The vSwitch's free private addresses, as DescribeVSwitches counts them.</summary>
    public async Task<long> FreeAddressesAsync(string vSwitchId, string regionId)
    {
        var body = await Rpc.CallAsync("DescribeVSwitches", new Dictionary<string, string> { ["RegionId"] = regionId, ["VSwitchId"] = vSwitchId });
        return body.GetProperty("VSwitches").GetProperty("VSwitch")[0].GetProperty("AvailableIpAddressCount").GetInt64();
    }

    public static string Text(JsonElement body, string name) =>
        body.GetProperty(name).GetString() ?? throw new InvalidOperationException($"The answer has no {name}: {body}");
}
