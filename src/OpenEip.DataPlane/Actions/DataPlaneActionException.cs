namespace OpenEip.DataPlane.Actions;

/// <summary>An action the host refused, with what the tool said.</summary>
public sealed class DataPlaneActionException : Exception
{
    public DataPlaneActionException()
    {
    }

    public DataPlaneActionException(string message)
        : base(message)
    {
    }

    public DataPlaneActionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataPlaneActionException(DataPlaneAction action, string detail)
        : base($"{action}: {detail}") => Action = action;

    public DataPlaneAction? Action { get; }
}
