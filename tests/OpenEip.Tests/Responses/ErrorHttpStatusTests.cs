using OpenEip.Rpc.Responses;

namespace OpenEip.Tests.Responses;

public sealed class ErrorHttpStatusTests
{
    [Theory]
    [InlineData("InvalidAllocationId.NotFound", 404)]
    [InlineData("InvalidAction.NotFound", 404)]
    [InlineData("InvalidAccessKeyId.NotFound", 404)]
    [InlineData("ResourceNotFound.LoadBalancer", 404)]
    [InlineData("OperationConflict", 409)]
    [InlineData("Forbidden.NotOperator", 403)]
    [InlineData("Forbidden.ChargeTypeIsPrepaid", 400)]
    [InlineData("Forbidden.SourceVSwitchId.Duplicated", 400)]
    [InlineData("Forbidden.InternalIpOutOfVpcCIDR", 400)]
    [InlineData("IncorrectEipStatus", 400)]
    [InlineData("SignatureDoesNotMatch", 400)]
    [InlineData("InternalError", 500)]
    [InlineData("ServiceUnavailable", 503)]
    public void For_Code_GivesTheDocumentedStatus(string code, int status)
    {
        Assert.Equal(status, ErrorHttpStatus.For(code));
    }
}
