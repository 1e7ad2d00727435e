namespace OpenEip.Server.WebConsole;

/// <summary>What a console session carries about who signed in.</summary>
internal static class ConsoleClaims
{
    public const string AccountId = "openeip:account";
    public const string AccessKeyId = "openeip:access-key";
    public const string Operator = "openeip:operator";
}
