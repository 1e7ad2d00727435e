using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>The EIP being bound and the region's resources of one kind that could take it, each with its verdict.</summary>
public sealed record BindingChoices(Eip Eip, IReadOnlyList<BindingCandidate> Candidates, bool Truncated);
