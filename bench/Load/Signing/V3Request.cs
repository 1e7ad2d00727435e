namespace OpenEip.LoadBench.Signing;

/// <summary>A V3-signed request: the query to put on the wire and every header the signature covers, Authorization included.</summary>
public sealed record V3Request(string Query, IReadOnlyList<KeyValuePair<string, string>> Headers, string CanonicalRequest, string StringToSign, string Authorization);
