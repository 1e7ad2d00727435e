namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's SetAccountQuota: one of <see cref="Quotas.QuotaNames"/> set to a value of 0 or more.</summary>
public sealed record SetAccountQuotaCommand(string AccountId, string QuotaName, long Value);
