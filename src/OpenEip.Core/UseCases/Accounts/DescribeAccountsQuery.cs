namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's DescribeAccounts: one account, or every account when AccountId is null.</summary>
public sealed record DescribeAccountsQuery(string? AccountId);
