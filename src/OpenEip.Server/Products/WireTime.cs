namespace OpenEip.Server.Products;

/// <summary>Alibaba's time formats: seconds for creation times, minutes for expiry times, both UTC.</summary>
public static class WireTime
{
    public static string Seconds(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    public static string Minutes(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'") ?? "";
}
