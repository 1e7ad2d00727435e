namespace OpenEip.Rpc.Throttling;

/// <summary>
/// Calls per minute an account may make of each action (<c>OpenEip:Throttling</c>). Off by default, so
/// local test runs stay fast; once on, Alibaba's published limits apply unless configured otherwise.
/// </summary>
public sealed record ThrottlePolicy(bool Enabled, IReadOnlyDictionary<string, int> Limits, int DefaultLimit)
{
    /// <summary>The limits Alibaba publishes for the EIP actions (calls per minute per account).</summary>
    public static readonly IReadOnlyDictionary<string, int> AlibabaLimits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AllocateEipAddress"] = 120,
        ["AssociateEipAddress"] = 120,
        ["AssociateEipAddressBatch"] = 30,
        ["DescribeEipAddresses"] = 600,
        ["ReleaseEipAddress"] = 600,
    };

    /// <summary>For actions Alibaba publishes no limit for.</summary>
    public const int DefaultPerMinute = 600;

    public static ThrottlePolicy Off { get; } = new(false, AlibabaLimits, DefaultPerMinute);

    public int LimitFor(string action) => Limits.TryGetValue(action, out var limit) ? limit : DefaultLimit;
}
