namespace OpenEip.Server.Products.Operator;

public sealed record AdvanceClockResponse(string Now);
