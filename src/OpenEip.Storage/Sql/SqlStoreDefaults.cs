namespace OpenEip.Storage.Sql;

/// <summary>Retention shared by both stores.</summary>
public static class SqlStoreDefaults
{
    /// <summary>How long a ClientToken is remembered (R-EIP-10): a retry within this time gets the first result.</summary>
    public static readonly TimeSpan IdempotencyRetention = TimeSpan.FromHours(24);
}
