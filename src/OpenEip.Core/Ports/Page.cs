namespace OpenEip.Core.Ports;

/// <summary>One page of a listing, with the total across all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);
