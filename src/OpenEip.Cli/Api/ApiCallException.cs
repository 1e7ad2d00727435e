namespace OpenEip.Cli.Api;

/// <summary>An Alibaba-style error answer: its HTTP status, Code, Message and RequestId, which the CLI prints as they came.</summary>
public sealed class ApiCallException : Exception
{
    public ApiCallException()
    {
    }

    public ApiCallException(string message)
        : base(message)
    {
    }

    public ApiCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiCallException(int httpStatus, string code, string message, string requestId)
        : base(message)
    {
        HttpStatus = httpStatus;
        Code = code;
        RequestId = requestId;
    }

    public int HttpStatus { get; }

    public string Code { get; } = "";

    public string RequestId { get; } = "";
}
