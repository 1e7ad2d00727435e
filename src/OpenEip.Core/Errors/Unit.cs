namespace OpenEip.Core.Errors;

/// <summary>The value of a use case that succeeds with nothing to say.</summary>
public sealed record Unit
{
    public static readonly Unit Value = new();
}
