namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's DeleteAccessKey (UserAccessKeyId on the wire).</summary>
public sealed record DeleteAccessKeyCommand(string AccessKeyId);
