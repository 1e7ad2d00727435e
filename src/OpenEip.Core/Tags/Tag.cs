namespace OpenEip.Core.Tags;

public sealed record Tag(string Key, string Value);
