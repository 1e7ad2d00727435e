namespace OpenEip.Server.Configuration;

/// <summary>The <c>OpenEip</c> configuration section (docs/configuration.md).</summary>
public sealed class OpenEipOptions
{
    public const string Section = "OpenEip";

    /// <summary>Where the SQLite database, the secrets key and the operator's credentials file live.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>
    /// Sqlite (the default) or Postgres. With Postgres, <c>ConnectionStrings:OpenEip</c> names the database, and every
    /// server sharing it needs the same secrets key (<c>OpenEip:Secrets:KeyFile</c>).
    /// </summary>
    public StoreKind Store { get; set; } = StoreKind.Sqlite;

    public BootstrapOptions Bootstrap { get; set; } = new();

    /// <summary>
    /// The region of requests that carry no RegionId because the real service reads it from the endpoint's
    /// host name (ALB, NLB). One OpenEip endpoint serves every region, so this one stands in.
    /// </summary>
    public string DefaultRegionId { get; set; } = "cn-hangzhou";

    /// <summary>Per region, the CIDR ranges EIPs are allocated from; a region not listed uses its catalogue default.</summary>
    public Dictionary<string, List<string>> AddressPools { get; set; } = new(StringComparer.Ordinal);

    public ClockOptions Clock { get; set; } = new();

    public ComputeOptions Compute { get; set; } = new();

    public DataPlaneOptions DataPlane { get; set; } = new();

    public BillingOptions Billing { get; set; } = new();

    public AuditOptions Audit { get; set; } = new();

    public ThrottlingOptions Throttling { get; set; } = new();

    public SecretsOptions Secrets { get; set; } = new();
}
