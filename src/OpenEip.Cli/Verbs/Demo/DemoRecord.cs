namespace OpenEip.Cli.Verbs.Demo;

/// <summary>One thing <c>openeip demo</c> built: its role in the estate, its kind, its id, and a word on it.</summary>
public sealed record DemoRecord(string Role, string Kind, string Id, string Detail);
