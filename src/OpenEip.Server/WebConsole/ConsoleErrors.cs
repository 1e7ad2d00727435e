using OpenEip.Core.Errors;

namespace OpenEip.Server.WebConsole;

/// <summary>How an API error reads in the console: the API's message with its code, as the API reports it.</summary>
public static class ConsoleErrors
{
    public static string Describe(Error error) => $"{error.Message} ({error.Code})";

    /// <summary>
    /// The form field an API error is about: the API names the parameter in quotes ("The specified parameter
    /// \"Bandwidth\" is not valid"), and the console's fields carry the API's parameter names. "" (the form as a
    /// whole) when it names none of them.
    /// </summary>
    public static string FieldOf(Error error, params IEnumerable<string> fields) =>
        fields.FirstOrDefault(f => error.Message.Contains($"\"{f}\"", StringComparison.Ordinal)) ?? "";
}
