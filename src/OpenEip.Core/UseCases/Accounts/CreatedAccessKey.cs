namespace OpenEip.Core.UseCases.Accounts;

public sealed record CreatedAccessKey(string AccountId, string AccessKeyId, string AccessKeySecret);
