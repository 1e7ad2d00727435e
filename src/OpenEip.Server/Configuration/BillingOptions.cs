using OpenEip.Core.Billing;

namespace OpenEip.Server.Configuration;

/// <summary>The <c>OpenEip:Billing</c> section (docs/configuration.md).</summary>
public sealed class BillingOptions
{
    /// <summary>How long a financially locked EIP (expired, or its account overdue) stays before the system releases it.</summary>
    public TimeSpan ReleaseGracePeriod { get; set; } = BillingPolicy.Default.ReleaseGracePeriod;

    /// <summary>The idle fee per pay-as-you-go EIP and hour until the operator sets one (SetIdleEipPrice).</summary>
    public decimal IdleFeePerHour { get; set; } = BillingPolicy.Default.DefaultIdleFeePerHour;

    /// <summary>How long an EIP must have been idle before the fee report suggests releasing it.</summary>
    public TimeSpan SuggestReleaseAfter { get; set; } = BillingPolicy.Default.SuggestReleaseAfter;

    /// <summary>How often the billing sweep runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    public BillingPolicy ToPolicy()
    {
        if (ReleaseGracePeriod < TimeSpan.Zero || ReleaseGracePeriod > TimeSpan.FromDays(366))
            throw new InvalidOperationException("OpenEip:Billing:ReleaseGracePeriod is 0 to 366 days.");
        if (IdleFeePerHour < 0)
            throw new InvalidOperationException("OpenEip:Billing:IdleFeePerHour cannot be negative.");
        if (SweepInterval < TimeSpan.FromSeconds(1) || SweepInterval > TimeSpan.FromHours(1))
            throw new InvalidOperationException("OpenEip:Billing:SweepInterval is 1 second to 1 hour.");
        return new BillingPolicy(ReleaseGracePeriod, IdleFeePerHour, SuggestReleaseAfter);
    }
}
