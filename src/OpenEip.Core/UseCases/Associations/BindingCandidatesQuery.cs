namespace OpenEip.Core.UseCases.Associations;

/// <summary>The console's Bind resource dialog: which resources of one kind the EIP could be bound to.</summary>
public sealed record BindingCandidatesQuery(string AccountId, string RegionId, string AllocationId, string Kind);
