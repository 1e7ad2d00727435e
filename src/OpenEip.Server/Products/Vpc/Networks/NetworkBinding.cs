namespace OpenEip.Server.Products.Vpc.Networks;

public static class NetworkBinding
{
    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
