namespace OpenEip.Core.Calls;

/// <summary>
/// Which of a call's parameters the audit trail keeps: the operation's own, not the protocol's (the
/// signature, its nonce and timestamp, the caller's key id, which the event holds on its own), and with
/// the value of anything secret masked (an instance's Password, a secret key, a token).
/// </summary>
public static class AuditParameters
{
    public const string Masked = "******";

    private static readonly HashSet<string> Protocol = new(StringComparer.Ordinal)
    {
        "AccessKeyId", "Action", "Version", "Format", "Timestamp", "SignatureNonce", "SignatureMethod",
        "SignatureVersion", "Signature", "SecurityToken",
    };

    private static readonly string[] SecretWords = ["Secret", "Password", "Token", "PrivateKey"];

    public static IReadOnlyDictionary<string, string> From(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var kept = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (Protocol.Contains(name))
                continue;
            kept[name] = IsSecret(name) ? Masked : value;
        }

        return kept;
    }

    // ClientToken names a request, it grants nothing: kept so that retries can be told apart.
    private static bool IsSecret(string name) =>
        name != "ClientToken" && SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
