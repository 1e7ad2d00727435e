namespace OpenEip.Agent;

/// <summary>An Alibaba error the server answered an agent's call with.</summary>
public sealed class OperatorApiException : Exception
{
    public OperatorApiException()
    {
    }

    public OperatorApiException(string message)
        : base(message)
    {
    }

    public OperatorApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OperatorApiException(string action, int status, string code, string message)
        : base($"{action}: HTTP {status} {code}: {message}") => Code = code;

    public string Code { get; } = "";
}
