namespace OpenEip.Core.UseCases.Billing;

/// <summary>One pay-as-you-go EIP's idle (configuration) fee so far (R-LIFE-2).</summary>
public sealed record IdleEipFee(
    string AccountId,
    string AllocationId,
    string IpAddress,
    string RegionId,
    string Status,
    DateTimeOffset? IdleSince,
    decimal IdleHours,
    decimal Fee,
    bool SuggestRelease);
