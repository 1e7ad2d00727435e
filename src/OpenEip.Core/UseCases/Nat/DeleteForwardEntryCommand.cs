namespace OpenEip.Core.UseCases.Nat;

public sealed record DeleteForwardEntryCommand(string AccountId, string RegionId, string ForwardTableId, string ForwardEntryId);
