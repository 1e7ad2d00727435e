namespace OpenEip.Core.UseCases.Eips;

/// <summary>The console's Recover list: the caller's EIPs of one region.</summary>
public sealed record RecoverableEipsQuery(string AccountId, string RegionId);
