namespace OpenEip.Storage.Secrets;

/// <summary>A stored secret cannot be opened with the configured key: a misconfiguration the operator must fix (the wrong key file).</summary>
public sealed class SecretKeyMismatchException : Exception
{
    public SecretKeyMismatchException()
    {
    }

    public SecretKeyMismatchException(string message)
        : base(message)
    {
    }

    public SecretKeyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
