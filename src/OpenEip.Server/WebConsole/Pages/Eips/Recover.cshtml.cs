using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>Recover a released EIP (R-LIFE-6): those of the region released in the last 7 days; recovery is AllocateEipAddress for the old id.</summary>
public sealed class RecoverModel(RecoverableEips recoverable, AllocateEip allocate) : ConsolePageModel
{
    public IReadOnlyList<RecoverableEip> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string allocationId, CancellationToken cancellationToken)
    {
        var result = await AuditedAsync(ProductVersions.Vpc, "AllocateEipAddress", [("InstanceId", allocationId)],
            () => allocate.ExecuteAsync(new AllocateEipCommand(AccountId, RegionId) { RecoverAllocationId = allocationId }, null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError("", error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = ConsoleText.L($"Recovered {result.Value.EipAddress} as {result.Value.AllocationId}.", $"{result.Value.EipAddress} を {result.Value.AllocationId} として復元しました。");
        return Redirect(WithRegion("/console/eips"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await recoverable.ExecuteAsync(new RecoverableEipsQuery(AccountId, RegionId), cancellationToken);
        if (result.Error is { } error)
            ShowError("", error);
        else
            Items = result.Value;
    }
}
