using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Responses;

/// <summary>
/// The Alibaba errors for requests refused at the HTTP level, before any action is looked up: a method
/// or path the API does not serve, a body that never arrives, a request line or headers too large or
/// not HTTP at all. Their statuses are the HTTP ones (<see cref="ErrorHttpStatus"/>).
/// </summary>
public static class HttpRejections
{
    public const string UnsupportedMethodCode = "UnsupportedHTTPMethod";
    public const string MalformedCode = "MalformedRequest";
    public const string TimeoutCode = "RequestTimeout";
    public const string BodyTooLargeCode = "RequestEntityTooLarge";
    public const string UriTooLongCode = "RequestURITooLong";
    public const string HeadersTooLargeCode = "RequestHeaderFieldsTooLarge";
    public const string VersionNotSupportedCode = "HttpVersionNotSupported";

    public static Error UnsupportedMethod(string method) =>
        new(UnsupportedMethodCode, $"The HTTP method {ApiErrors.Shorten(method)} is not supported: call the API with GET or POST on /.");

    public static Error UnknownPath(string path) =>
        new("InvalidAction.NotFound", $"Specified api is not found, please check your url and method: the API is served at /, not at {ApiErrors.Shorten(path)}.");

    /// <summary>The error for a status the web server chose while reading the request.</summary>
    public static Error ForStatus(int status) => status switch
    {
        408 => new(TimeoutCode, "The request body did not arrive in time (it was slower than the server's minimum data rate, or shorter than its Content-Length)."),
        413 => new(BodyTooLargeCode, "The request body is larger than the server accepts."),
        414 => new(UriTooLongCode, "The request line is longer than the server accepts; send long parameter lists in a form body with POST."),
        431 => new(HeadersTooLargeCode, "The request headers are larger than the server accepts."),
        505 => new(VersionNotSupportedCode, "The request's HTTP version is not supported: use HTTP/1.1."),
        _ => new(MalformedCode, "The request is not valid HTTP/1.1: its request line, headers or body framing could not be read."),
    };
}
