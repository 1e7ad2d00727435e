namespace OpenEip.Server.Products;

/// <summary>The body of an operation that answers only with its RequestId.</summary>
public sealed record EmptyResponse
{
    public static readonly EmptyResponse Instance = new();
}
