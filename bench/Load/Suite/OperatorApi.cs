using System.Globalization;
using OpenEip.LoadBench.Http;

namespace OpenEip.LoadBench.Suite;

/// <summary>The operator calls the suite needs (docs/operator-api.md): accounts with an AccessKey, and quotas raised.</summary>
public sealed class OperatorApi(RpcClient operatorClient)
{
    /// <summary>Enough pay-as-you-go EIPs per region for any run (R-LIFE-9's quota, 20 by default).</summary>
    public const long EipQuota = 10_000_000;

    public async Task<Tenant> CreateTenantAsync(string name)
    {
        var created = (await operatorClient.CallAsync("CreateAccount", ApiVersions.Operator, [new("AccountName", name)]))
            .EnsureSuccess($"CreateAccount {name}");
        var tenant = new Tenant(created.Field("AccountId")!, new(created.Field("AccessKeyId")!, created.Field("AccessKeySecret")!));
        (await operatorClient.CallAsync("SetAccountQuota", ApiVersions.Operator,
            [new("AccountId", tenant.AccountId), new("QuotaName", "eip-postpaid-per-region"), new("Value", EipQuota.ToString(CultureInfo.InvariantCulture))]))
            .EnsureSuccess($"SetAccountQuota {name}");
        return tenant;
    }
}
