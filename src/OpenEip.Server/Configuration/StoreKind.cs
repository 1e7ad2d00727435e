namespace OpenEip.Server.Configuration;

/// <summary>Which store holds the state (<c>OpenEip:Store</c>).</summary>
public enum StoreKind
{
    /// <summary>An embedded SQLite file in <c>OpenEip:DataDir</c>: one server, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:OpenEip</c>): several servers may share it.</summary>
    Postgres,
}
