using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>SetIdleEipPrice: the idle (configuration) fee per pay-as-you-go EIP and hour (R-LIFE-2).</summary>
public sealed class SetIdleEipPriceAction(SetIdleEipPrice setPrice) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "SetIdleEipPrice";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var text = bind.RequiredString("PricePerHour", 32);
        if (bind.Error is null && !(decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price <= 1_000_000m))
            bind.Fail(ApiErrors.InvalidParameter("PricePerHour", "a non-negative decimal number such as 0.02 is expected."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await setPrice.ExecuteAsync(new SetIdleEipPriceCommand(decimal.Parse(text, CultureInfo.InvariantCulture)), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
