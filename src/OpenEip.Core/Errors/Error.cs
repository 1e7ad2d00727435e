namespace OpenEip.Core.Errors;

/// <summary>
/// An expected failure, carrying the Alibaba error code the client sees. The HTTP status is not part
/// of the error: one place (the RPC layer's error mapping) derives it from the code.
/// </summary>
public sealed record Error(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
