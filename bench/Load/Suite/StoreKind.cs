namespace OpenEip.LoadBench.Suite;

/// <summary>The two stores the server runs on (docs/configuration.md, OpenEip:Store).</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
