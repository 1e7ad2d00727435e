namespace OpenEip.DataPlane.Model;

internal sealed record SysctlFact(string Key, string Value);
