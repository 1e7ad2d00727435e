using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>How the operator pages write times, amounts and the error beside a field, the same on every page.</summary>
public static class OperatorFormat
{
    /// <summary>UTC, as the API's times are, so what the page shows can be compared with an API answer.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The first error shown for a field, if any.</summary>
    public static string? ErrorOf(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
