using OpenEip.Core.Errors;
using OpenEip.Core.Naming;

namespace OpenEip.Rpc.Parameters;

/// <summary>
/// The request's parameters: query string and form body merged (tea-rpc splits one request
/// between them). A name given twice is refused rather than guessed at, and so is a name or value
/// holding a character that no response format could echo back (a control character).
/// </summary>
public sealed class RpcParameters
{
    private readonly Dictionary<string, string> _values;

    private RpcParameters(Dictionary<string, string> values) => _values = values;

    public static RpcParameters Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> All => _values;

    public string? this[string name] => _values.GetValueOrDefault(name);

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>
    /// Whether the raw sources ask for XML (<c>Format=XML</c>), read leniently: used to answer in the
    /// format asked for even when the parameters themselves are refused.
    /// </summary>
    public static bool AsksForXml(params string?[] rawSources) =>
        rawSources.Any(raw => raw is not null && raw.Split('&').Any(p => p.Equals("Format=XML", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Parses and merges raw <c>a=b&amp;c=d</c> strings (query without '?', form body).</summary>
    public static Result<RpcParameters> Parse(params string?[] rawSources)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in rawSources)
        {
            if (string.IsNullOrEmpty(raw))
                continue;
            foreach (var pair in raw.Split('&'))
            {
                if (pair.Length == 0)
                    continue;
                var equals = pair.IndexOf('=');
                var key = PercentEncoding.Decode(equals < 0 ? pair : pair.AsSpan(0, equals));
                var value = equals < 0 ? "" : PercentEncoding.Decode(pair.AsSpan(equals + 1));
                if (key is null || value is null)
                    return ApiErrors.InvalidParameter(key ?? "(name)", "the parameter is not valid percent-encoded UTF-8.");
                if (key.Length == 0)
                    continue;
                if ((TextRules.ValidateXmlSafe(key, key) ?? TextRules.ValidateXmlSafe(key, value)) is { } unsafeText)
                    return unsafeText;
                if (!values.TryAdd(key, value))
                    return ApiErrors.DuplicatedParameter(key);
            }
        }

        return new RpcParameters(values);
    }
}
