using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Signing;

/// <summary>
/// The one place signatures are verified. V3 (<c>Authorization: ACS3-HMAC-SHA256 …</c>, Action and
/// Version in x-acs-* headers) or V1 (<c>Signature</c> parameter, Action and Version as parameters);
/// then the timestamp window and the nonce, so that a captured request cannot be replayed.
/// </summary>
public sealed class RequestAuthenticator(ICredentialSource credentials, NonceCache nonces, SignatureClock clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>ISO 8601 in UTC, as both signatures send it: whole seconds, or with a fraction.</summary>
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    private static readonly string[] RequiredV3Headers =
        ["host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"];

    public Task<Result<AuthenticatedRequest>> AuthenticateAsync(IncomingRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("ACS3-", StringComparison.Ordinal))
            return AuthenticateV3Async(request, authorization, cancellationToken);
        if (request.Parameters.Contains("Signature"))
            return AuthenticateV1Async(request, cancellationToken);
        return Task.FromResult<Result<AuthenticatedRequest>>(
            SignatureErrors.Incomplete("the request is not signed: send an ACS3-HMAC-SHA256 Authorization header or the Signature parameter."));
    }

    private async Task<Result<AuthenticatedRequest>> AuthenticateV3Async(IncomingRequest request, string authorization, CancellationToken cancellationToken)
    {
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        var algorithm = space < 0 ? authorization : authorization[..space];
        if (algorithm != V3Signature.Algorithm)
            return SignatureErrors.UnsupportedMethod("Authorization", algorithm, V3Signature.Algorithm);
        var fields = ParseAuthorizationFields(space < 0 ? "" : authorization[(space + 1)..]);
        if (!fields.TryGetValue("Credential", out var accessKeyId) || !fields.TryGetValue("SignedHeaders", out var signedHeaderList)
            || !fields.TryGetValue("Signature", out var signature) || accessKeyId.Length == 0)
            return SignatureErrors.Incomplete("the Authorization header needs Credential, SignedHeaders and Signature.");

        var signedNames = signedHeaderList.Split(';');
        if (signedNames.Distinct(StringComparer.OrdinalIgnoreCase).Count() != signedNames.Length)
            return SignatureErrors.Incomplete("SignedHeaders names a header more than once.");
        var missing = RequiredV3Headers.FirstOrDefault(h => !signedNames.Contains(h, StringComparer.Ordinal));
        if (missing is not null)
            return SignatureErrors.Incomplete($"the header {missing} must be signed.");

        var signedHeaders = new List<KeyValuePair<string, string>>(signedNames.Length);
        foreach (var name in signedNames)
        {
            var values = request.Headers[name];
            if (values.Count > 1)
                return ApiErrors.InvalidParameter(name, "the header is given more than once.");
            if (values.Count == 0)
                return SignatureErrors.Incomplete($"the signed header {name} is missing from the request.");
            signedHeaders.Add(new(name.ToLowerInvariant(), values.ToString()));
        }

        var header = signedHeaders.ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
        if (!string.Equals(header["x-acs-content-sha256"], V3Signature.HashPayload(request.Body), StringComparison.OrdinalIgnoreCase))
            return SignatureErrors.Incomplete("x-acs-content-sha256 is not the SHA-256 of the request body.");

        var credential = await credentials.FindAsync(accessKeyId, cancellationToken);
        if (credential is null)
            return SignatureErrors.AccessKeyNotFound();

        var canonical = V3Signature.CanonicalRequest(request.Method, request.Path, request.Query.All, signedHeaders, header["x-acs-content-sha256"]);
        var stringToSign = V3Signature.StringToSign(canonical);
        if (!FixedTimeEquals(V3Signature.Sign(stringToSign, credential.AccessKeySecret), signature))
            return SignatureErrors.DoesNotMatch(stringToSign);

        var fresh = CheckFreshness("x-acs-date", header["x-acs-date"], accessKeyId, header["x-acs-signature-nonce"]);
        return fresh.IsSuccess ? new AuthenticatedRequest(ToCaller(credential), header["x-acs-action"], header["x-acs-version"], fresh.Value) : fresh.Error;
    }

    private async Task<Result<AuthenticatedRequest>> AuthenticateV1Async(IncomingRequest request, CancellationToken cancellationToken)
    {
        var p = request.Parameters;
        foreach (var name in new[] { "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Action", "Version" })
        {
            if (string.IsNullOrEmpty(p[name]))
                return ApiErrors.MissingParameter(name);
        }

        if (p["SignatureMethod"] != "HMAC-SHA1")
            return SignatureErrors.UnsupportedMethod("SignatureMethod", p["SignatureMethod"]!, "HMAC-SHA1");
        if (p["SignatureVersion"] != "1.0")
            return SignatureErrors.UnsupportedMethod("SignatureVersion", p["SignatureVersion"]!, "1.0");

        var credential = await credentials.FindAsync(p["AccessKeyId"]!, cancellationToken);
        if (credential is null)
            return SignatureErrors.AccessKeyNotFound();

        var stringToSign = V1Signature.StringToSign(request.Method, p.All);
        if (!FixedTimeEquals(V1Signature.Sign(stringToSign, credential.AccessKeySecret), p["Signature"]!))
            return SignatureErrors.DoesNotMatch(stringToSign);

        var fresh = CheckFreshness("Timestamp", p["Timestamp"]!, credential.AccessKeyId, p["SignatureNonce"]!);
        return fresh.IsSuccess ? new AuthenticatedRequest(ToCaller(credential), p["Action"]!, p["Version"]!, fresh.Value) : fresh.Error;
    }

    /// <summary>Checked after the signature, so only a valid signer can spend a nonce.</summary>
    /// <returns>The nonce spent, to be recorded durably by the caller (<see cref="NonceCache"/> holds it in memory meanwhile).</returns>
    private Result<NonceRecord> CheckFreshness(string name, string timestamp, string accessKeyId, string nonce)
    {
        if (!DateTimeOffset.TryParseExact(timestamp, TimestampFormats,
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
            return SignatureErrors.TimestampFormat(name, timestamp);
        var now = clock.Time.GetUtcNow();
        if ((now - signedAt).Duration() > Window)
            return SignatureErrors.TimestampExpired(timestamp);
        if (nonce.Length is 0 or > 128)
            return ApiErrors.InvalidParameter("SignatureNonce", "1 to 128 characters.");
        var spent = new NonceRecord(accessKeyId, nonce, signedAt + Window);
        return nonces.TryUse(spent) ? spent : SignatureErrors.NonceUsed();
    }

    private static Dictionary<string, string> ParseAuthorizationFields(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                fields.TryAdd(part[..equals], part[(equals + 1)..]);
        }

        return fields;
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static RpcCaller ToCaller(CallerCredential credential) => new(credential.AccessKeyId, credential.AccountId, credential.IsOperator);
}
