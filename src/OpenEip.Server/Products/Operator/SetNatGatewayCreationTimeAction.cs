using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>
/// SetNatGatewayCreationTime: dates a gateway (any account's) to test R-NAT-3 — gateways created before
/// 2022-09-19 take no vSwitch IP per bound EIP.
/// </summary>
public sealed class SetNatGatewayCreationTimeAction(SetNatGatewayCreationTime setCreationTime) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "SetNatGatewayCreationTime";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("NatGatewayId", 64);
        var text = bind.RequiredString("CreationTime", 64);
        if (!DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            bind.Fail(ApiErrors.InvalidParameter("CreationTime", "a UTC time as yyyy-MM-ddTHH:mm:ssZ is expected."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await setCreationTime.ExecuteAsync(new SetNatGatewayCreationTimeCommand(id, time), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
