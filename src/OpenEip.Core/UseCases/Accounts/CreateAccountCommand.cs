namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's CreateAccount: a name for the new account (optional).</summary>
public sealed record CreateAccountCommand(string? AccountName);
