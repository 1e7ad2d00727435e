namespace OpenEip.Core.Billing;

/// <summary>
/// The billing lifecycle's constants (OpenEip:Billing): how long a financially locked EIP stays before the
/// system releases it, the idle fee's starting price, and after how long idle an EIP is worth releasing.
/// </summary>
public sealed record BillingPolicy(TimeSpan ReleaseGracePeriod, decimal DefaultIdleFeePerHour, TimeSpan SuggestReleaseAfter)
{
    public static readonly BillingPolicy Default = new(TimeSpan.FromDays(15), 0.02m, TimeSpan.FromHours(24));
}
