namespace OpenEip.Core.Quotas;

/// <summary>The per-account quotas an operator can set with SetAccountQuota, and their defaults.</summary>
public static class QuotaNames
{
    /// <summary>R-LIFE-9: pay-as-you-go EIPs per account per region.</summary>
    public const string EipPostPaidPerRegion = "eip-postpaid-per-region";

    /// <summary>R-LIFE-7: recoveries of released EIPs per account per calendar month (UTC).</summary>
    public const string EipRecoverPerMonth = "eip-recover-per-month";

    /// <summary>R-HAVIP-1: 1 once the operator has granted the HaVip privilege (the quota application), else 0.</summary>
    public const string HaVipPrivilege = "havip-privilege";

    /// <summary>R-HAVIP-2: HaVips per account.</summary>
    public const string HaVipPerAccount = "havip-per-account";

    /// <summary>R-MULTI-4: 1 once the operator has granted the (closed) multi-EIP-to-ENI mode, else 0.</summary>
    public const string MultiBindedPrivilege = "eip-multi-binded-privilege";

    /// <summary>Resource groups an account may create besides its default group (Alibaba: 30).</summary>
    public const string ResourceGroupPerAccount = "resource-group-per-account";

    public static readonly IReadOnlyDictionary<string, long> Defaults = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        [EipPostPaidPerRegion] = 20,
        [EipRecoverPerMonth] = 20,
        [HaVipPrivilege] = 0,
        [HaVipPerAccount] = 50,
        [MultiBindedPrivilege] = 0,
        [ResourceGroupPerAccount] = 30,
    };
}
