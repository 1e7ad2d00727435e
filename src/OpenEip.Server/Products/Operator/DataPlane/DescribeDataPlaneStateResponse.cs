using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Server.Products.Operator.DataPlane;

public sealed record DescribeDataPlaneStateResponse(DesiredState State);
