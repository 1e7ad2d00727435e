using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Server.Products;
using static OpenEip.Server.WebConsole.ConsoleText;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>ECS instances of the account in the region (with their EIP and ENIs), started and stopped from their row.</summary>
public sealed class InstancesModel(DescribeInstances describe, StartInstance start, StopInstance stop) : ConsolePageModel
{
    public const string Path = "/console/instances";
    public const int PageSize = 100;

    public IReadOnlyList<DescribedInstance> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    /// <summary>This page in the current region: where its forms post and where they redirect back to.</summary>
    public string Self => WithRegion(Path);

    public string EipsPage => WithRegion("/console/eips");

    public string NetworkInterfacesPage => WithRegion(NetworkInterfacesModel.Path);

    /// <summary>The model-state key of a row: an error of Start or Stop is shown in the instance's own row.</summary>
    public static string RowKey(string instanceId) => "instance:" + instanceId;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Start or Stop (the button's <c>operation</c>), then back to the list, where the new state shows.</summary>
    public async Task<IActionResult> OnPostAsync(string? instanceId, string? operation, CancellationToken cancellationToken)
    {
        var id = instanceId ?? "";
        var result = operation switch
        {
            "start" => await AuditedAsync(ProductVersions.Ecs, "StartInstance", [("InstanceId", id)], () => start.ExecuteAsync(new StartInstanceCommand(AccountId, id), null, cancellationToken)),
            "stop" => await AuditedAsync(ProductVersions.Ecs, "StopInstance", [("InstanceId", id)], () => stop.ExecuteAsync(new StopInstanceCommand(AccountId, id), null, cancellationToken)),
            _ => Result<Unit>.Fail(ApiErrors.InvalidParameter("operation", "start or stop is expected.")),
        };
        if (result.IsSuccess)
        {
            Notice = operation == "start"
                ? L($"Starting the instance {id}.", $"インスタンス {id} を起動しています。")
                : L($"Stopping the instance {id}.", $"インスタンス {id} を停止しています。");
            return Redirect(Self);
        }

        ShowError(RowKey(id), result.Error);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await describe.ExecuteAsync(new DescribeInstancesQuery(new ComputeQuery(AccountId, RegionId) { PageSize = PageSize }), cancellationToken);
        if (!result.IsSuccess)
        {
            ViewData["LoadError"] = ConsoleErrors.Describe(result.Error);
            return;
        }

        Items = result.Value.Items;
        TotalCount = result.Value.TotalCount;
    }
}
