namespace OpenEip.LoadBench.Signing;

/// <summary>An AccessKey pair as the operator API hands it out.</summary>
public sealed record AccessKey(string Id, string Secret);
