namespace OpenEip.Core.UseCases.Billing;

/// <summary>The operator's SetAccountOverdue: marks an account overdue, or clears the mark.</summary>
public sealed record SetAccountOverdueCommand(string AccountId, bool Overdue);
