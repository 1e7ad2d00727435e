using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenEip.Server.WebConsole;

/// <summary>Reads back what <c>ShowError</c> put in the model state, to show it beside the control that caused it.</summary>
public static class ModelStateErrors
{
    /// <summary>The first error recorded for the key (a form field, or a row's key), or null.</summary>
    public static string? FirstError(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Every recorded error, for the page's summary.</summary>
    public static IReadOnlyList<string> AllErrors(this ModelStateDictionary modelState) =>
        modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
}
