namespace OpenEip.Core.UseCases.Billing;

/// <summary>The operator's DescribeIdleEipFees: one account's EIPs, or every account's when AccountId is null.</summary>
public sealed record DescribeIdleEipFeesQuery(string? AccountId);
