namespace OpenEip.Core.UseCases.Associations;

/// <summary>An instance family as R-MULTI-6 sees it: its name (for the refusal) and whether MULTI_BINDED serves it.</summary>
public sealed record MultiBindedFamily(string Family, bool Supported);
