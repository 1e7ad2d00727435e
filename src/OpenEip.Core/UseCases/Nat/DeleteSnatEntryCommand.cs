namespace OpenEip.Core.UseCases.Nat;

public sealed record DeleteSnatEntryCommand(string AccountId, string RegionId, string SnatTableId, string SnatEntryId);
