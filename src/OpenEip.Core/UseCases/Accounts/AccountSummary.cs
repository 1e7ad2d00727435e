using OpenEip.Core.Accounts;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>An account as the operator sees it: never with secrets.</summary>
public sealed record AccountSummary(Account Account, IReadOnlyList<string> AccessKeyIds, IReadOnlyDictionary<string, long> Quotas);
