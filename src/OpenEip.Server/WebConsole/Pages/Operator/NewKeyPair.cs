namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>What the one-time display of a new AccessKey pair shows (a new account's first key, or another key).</summary>
public sealed record NewKeyPair(string Title, string AccountId, string AccessKeyId, string AccessKeySecret);
