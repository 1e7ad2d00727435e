namespace OpenEip.Core;

/// <summary>
/// Every log event id of the service, in one list, so that an id means one thing wherever it is
/// searched for. Ranges: 1–99 protocol and hosting, 100–199 data plane, 200–299 billing, 300–399 store,
/// 400–499 calls (nonces, audit, throttling).
/// </summary>
public static class LogEventIds
{
    public const int UnexpectedFailure = 1;
    public const int RequestRefusedByServer = 2;
    public const int ServiceUnavailable = 3;
    public const int AddressPoolsReady = 10;
    public const int StartedReadOnly = 11;
    public const int SecretsSealed = 12;
    public const int PermissionsTightened = 13;
    public const int ReconcilePassFailed = 100;
    public const int DataPlaneApplied = 110;
    public const int DataPlaneApplyFailed = 111;
    public const int DataPlaneEipsWaiting = 112;
    public const int BillingSweepDone = 200;
    public const int BillingSweepFailed = 201;
    public const int StoreWritesFailing = 300;
    public const int StoreWritesRecovered = 301;
    public const int PostgresUnreachable = 302;
    public const int PostgresReachableAgain = 303;
    public const int PostgresMigrated = 304;
    public const int PostgresConflictsExhausted = 305;
    public const int JournalFlushFailed = 400;
    public const int JournalOverflow = 401;
    public const int NoncesRestored = 402;
}
