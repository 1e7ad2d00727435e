using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Suite;

/// <summary>An account the suite created through the operator API, with its first AccessKey.</summary>
public sealed record Tenant(string AccountId, AccessKey Key);
