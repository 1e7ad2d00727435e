using OpenEip.Core.Errors;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>
/// Which field of a form an API error is about: the first of the form's parameter names that its code names
/// (e.g. InvalidInternalPort.Malformed), else that its message names; "" (the form as a whole) when none.
/// The code first: a message may mention another field to explain (InternalPort "needs as many" as ExternalPort).
/// </summary>
public static class ErrorFields
{
    public static string FieldOf(Error error, params string[] fields) =>
        fields.FirstOrDefault(f => error.Code.Contains(f, StringComparison.OrdinalIgnoreCase))
        ?? fields.FirstOrDefault(f => error.Message.Contains(f, StringComparison.OrdinalIgnoreCase))
        ?? "";
}
