using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.LoadBalancers;

namespace OpenEip.Server.Products.Slb;

public sealed class DeleteLoadBalancerAction(DeleteClassicLoadBalancer delete) : IdAction
{
    public override string Version => ProductVersions.Slb;

    public override string Name => "DeleteLoadBalancer";

    protected override string IdParameter => "LoadBalancerId";

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteClassicLoadBalancerCommand(accountId, id), idempotency, cancellationToken);
}
