using OpenEip.Rpc.Throttling;

namespace OpenEip.Server.Configuration;

/// <summary>The <c>OpenEip:Throttling</c> section: flow control per account and action (off by default).</summary>
public sealed class ThrottlingOptions
{
    public bool Enabled { get; set; }

    /// <summary>Calls per minute per account, by action name; Alibaba's published limits unless set here.</summary>
    public Dictionary<string, int> Limits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Calls per minute per account for actions Alibaba publishes no limit for.</summary>
    public int DefaultLimit { get; set; } = ThrottlePolicy.DefaultPerMinute;

    public ThrottlePolicy ToPolicy()
    {
        var bad = Limits.FirstOrDefault(l => l.Value < 1);
        if (bad.Key is not null)
            throw new InvalidOperationException($"OpenEip:Throttling:Limits:{bad.Key} is {bad.Value}; a limit is at least 1 call a minute.");
        if (DefaultLimit < 1)
            throw new InvalidOperationException("OpenEip:Throttling:DefaultLimit is at least 1 call a minute.");
        var limits = new Dictionary<string, int>(ThrottlePolicy.AlibabaLimits, StringComparer.Ordinal);
        foreach (var (action, limit) in Limits)
            limits[action] = limit;
        return new ThrottlePolicy(Enabled, limits, DefaultLimit);
    }
}
