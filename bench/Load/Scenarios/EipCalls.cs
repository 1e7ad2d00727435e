using OpenEip.LoadBench.Http;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// The EIP calls the scenarios make, with the parameters the SDKs send. Mutating calls carry a fresh ClientToken, as
/// Terraform and careful scripts do, so the server's idempotency record is part of what is measured.
/// </summary>
public static class EipCalls
{
    public static Task<RpcResponse> AllocateAsync(RpcClient rpc, string region, string? name = null, string? metric = null)
    {
        List<KeyValuePair<string, string>> parameters = [new("RegionId", region), new("ClientToken", Guid.NewGuid().ToString("N"))];
        if (name is not null)
            parameters.Add(new("Name", name));
        return rpc.CallAsync("AllocateEipAddress", ApiVersions.Vpc, parameters, metric);
    }

    public static Task<RpcResponse> ReleaseAsync(RpcClient rpc, string region, string allocationId) =>
        rpc.CallAsync("ReleaseEipAddress", ApiVersions.Vpc,
            [new("RegionId", region), new("AllocationId", allocationId), new("ClientToken", Guid.NewGuid().ToString("N"))]);

    public static Task<RpcResponse> AssociateAsync(RpcClient rpc, string region, AssociationPair pair) =>
        rpc.CallAsync("AssociateEipAddress", ApiVersions.Vpc,
        [
            new("RegionId", region), new("AllocationId", pair.AllocationId), new("InstanceId", pair.InstanceId),
            new("InstanceType", "EcsInstance"), new("ClientToken", Guid.NewGuid().ToString("N")),
        ]);

    public static Task<RpcResponse> UnassociateAsync(RpcClient rpc, string region, AssociationPair pair) =>
        rpc.CallAsync("UnassociateEipAddress", ApiVersions.Vpc,
        [
            new("RegionId", region), new("AllocationId", pair.AllocationId), new("InstanceId", pair.InstanceId),
            new("InstanceType", "EcsInstance"), new("ClientToken", Guid.NewGuid().ToString("N")),
        ]);

    /// <summary>The status of one EIP as DescribeEipAddresses reports it (what a client polls), or null if it was not listed.</summary>
    public static async Task<string?> StatusAsync(RpcClient rpc, string region, string allocationId, string metric)
    {
        var answer = await rpc.CallAsync("DescribeEipAddresses", ApiVersions.Vpc, [new("RegionId", region), new("AllocationId", allocationId)], metric);
        if (!answer.IsSuccess)
            return null;
        var list = answer.Json().GetProperty("EipAddresses").GetProperty("EipAddress");
        return list.GetArrayLength() == 0 ? null : list[0].GetProperty("Status").GetString();
    }
}
