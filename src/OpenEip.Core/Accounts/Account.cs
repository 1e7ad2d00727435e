namespace OpenEip.Core.Accounts;

/// <summary>An account owns resources and never sees another's. The operator (root) account runs the operator API.</summary>
public sealed record Account(string AccountId, string AccountName, bool IsOperator, DateTimeOffset CreationTime);
