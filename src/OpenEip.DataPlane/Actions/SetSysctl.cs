namespace OpenEip.DataPlane.Actions;

/// <summary>Sets a sysctl in one namespace, e.g. <c>net.ipv4.ip_forward</c> = <c>1</c>.</summary>
public sealed record SetSysctl(string Namespace, string Key, string Value) : DataPlaneAction;
