namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's CreateAccessKey: the account that gets another key pair.</summary>
public sealed record CreateAccessKeyCommand(string AccountId);
