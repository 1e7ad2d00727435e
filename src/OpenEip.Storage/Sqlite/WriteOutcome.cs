namespace OpenEip.Storage.Sqlite;

/// <summary>What a queued write produced: the caller's value, whether its changes stay, and what to do once they are durable.</summary>
internal sealed record WriteOutcome<T>(T Value, bool Keep, Action? AfterCommit = null);
