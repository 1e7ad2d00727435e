using OpenEip.Core.Errors;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>
/// Which field of a form an API error is about: the first of the form's parameter names that its code or
/// message names (e.g. "SnatIp", "InternalPort"); "" (the form as a whole) when it names none of them.
/// </summary>
public static class ErrorFields
{
    public static string FieldOf(Error error, params string[] fields) =>
        fields.FirstOrDefault(f => error.Code.Contains(f, StringComparison.OrdinalIgnoreCase) || error.Message.Contains(f, StringComparison.OrdinalIgnoreCase)) ?? "";
}
