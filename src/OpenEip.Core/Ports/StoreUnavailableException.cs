namespace OpenEip.Core.Ports;

/// <summary>
/// The store cannot take writes now (the disk holding it is full, or it started read-only because of
/// that). An infrastructure fault, not a bug: the API answers 503 ServiceUnavailable naming
/// <see cref="Reason"/>, and reads keep working.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : this("unknown reason")
    {
    }

    public StoreUnavailableException(string reason)
        : base($"The store cannot be written: {reason}") => Reason = reason;

    public StoreUnavailableException(string reason, Exception innerException)
        : base($"The store cannot be written: {reason}", innerException) => Reason = reason;

    public string Reason { get; }
}
