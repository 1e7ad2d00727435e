namespace OpenEip.Core.UseCases.Billing;

/// <summary>The accounts of an operator page whose overdue mark is shown.</summary>
public sealed record OverdueAccountsQuery(IReadOnlyList<string> AccountIds);
