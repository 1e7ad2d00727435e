using OpenEip.Cli.Common;

namespace OpenEip.Cli.Configuration;

/// <summary>An endpoint as users write it: <c>http://host:port</c>, or <c>host:port</c> as Alibaba's SDK configs take it (then http).</summary>
public static class EndpointUri
{
    public static Uri Parse(string text)
    {
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            throw new CliException($"'{text}' is not an endpoint: give http://host:port (or https://).");
        return uri;
    }
}
