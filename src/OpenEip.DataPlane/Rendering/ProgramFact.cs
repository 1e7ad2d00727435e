using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>One fact an EIP program adds to a gateway or router namespace.</summary>
internal abstract record ProgramFact(string Namespace);

/// <param name="Table">The table's key, e.g. <c>ip openeip</c>.</param>
internal sealed record ElementFact(string Namespace, string Table, string Set, NftElement Element) : ProgramFact(Namespace);

internal sealed record RouteFact(string Namespace, RouteSpec Route) : ProgramFact(Namespace);

/// <summary>A conntrack filter for the mapping: its connections are deleted when the mapping goes.</summary>
internal sealed record FlowFact(string Namespace, string Filter) : ProgramFact(Namespace);
