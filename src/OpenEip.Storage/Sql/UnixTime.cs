namespace OpenEip.Storage.Sql;

/// <summary>Times are stored as Unix milliseconds (UTC).</summary>
internal static class UnixTime
{
    public static long ToDb(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? ToDb(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromDb(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromDb(long? value) => value is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
