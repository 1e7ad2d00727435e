namespace OpenEip.Core.UseCases.Accounts;

public sealed record CreatedAccount(string AccountId, string AccessKeyId, string AccessKeySecret);
