using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Signing;

/// <summary>The gateway's authentication errors, with the messages real Alibaba responses carry.</summary>
public static class SignatureErrors
{
    public static Error DoesNotMatch(string stringToSign) =>
        new("SignatureDoesNotMatch", $"Specified signature is not matched with our calculation. server string to sign is:{stringToSign}");

    public static Error Incomplete(string why) => new("IncompleteSignature", $"The request signature does not conform to Aliyun standards: {why}");

    public static Error NonceUsed() => ApiErrors.SignatureNonceUsed();

    public static Error TimestampExpired(string value) =>
        new("InvalidTimeStamp.Expired", $"Specified time stamp or date value \"{ApiErrors.Shorten(value)}\" is expired (it must be within 15 minutes of the server's time).");

    public static Error TimestampFormat(string name, string value) =>
        new("InvalidTimeStamp.Format", $"Specified time stamp or date value is not well formatted: {name}=\"{ApiErrors.Shorten(value)}\" (expected yyyy-MM-ddTHH:mm:ssZ, UTC).");

    public static Error UnsupportedMethod(string name, string value, string expected) =>
        new("InvalidParameter", $"The specified parameter \"{name}\" is not valid: \"{ApiErrors.Shorten(value)}\" is not supported; use {expected}.");

    public static Error AccessKeyNotFound() => new("InvalidAccessKeyId.NotFound", "Specified access key is not found.");
}
