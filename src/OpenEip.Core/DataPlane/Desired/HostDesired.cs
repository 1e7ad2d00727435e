namespace OpenEip.Core.DataPlane.Desired;

/// <summary>
/// A network namespace named after its resource (<c>i-…</c>, <c>eni-…</c>, <c>lb-…</c>), so that users run
/// real servers in it, with one interface per ENI (or the CLB's address).
/// </summary>
public sealed record HostDesired(string Namespace, HostKind Kind, IReadOnlyList<InterfaceDesired> Interfaces);
