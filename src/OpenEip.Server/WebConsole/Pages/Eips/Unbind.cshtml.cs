using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>Unbind resource (リソースのデタッチ): asks to confirm, then unassociates; the list follows Unassociating to Available.</summary>
public sealed class UnbindModel(DescribeEips describe, UnassociateEip unassociate) : EipPageModel(describe)
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await AuditedAsync(ProductVersions.Vpc, "UnassociateEipAddress", [("AllocationId", AllocationId)],
            () => unassociate.ExecuteAsync(new UnassociateEipCommand(AccountId, AllocationId, RegionId, null, null, null, Force: false), null, cancellationToken));
        if (result.Error is { } error)
        {
            await LoadAsync(cancellationToken);
            ShowError("", error);
            return Page();
        }

        return BackToList(ConsoleText.L($"{AllocationId} is being unbound.", $"{AllocationId} のバインドを解除しています。"));
    }
}
