using OpenEip.Core.Errors;

namespace OpenEip.Server.WebConsole;

/// <summary>How an API error reads in the console: the API's message with its code, as the API reports it.</summary>
public static class ConsoleErrors
{
    public static string Describe(Error error) => $"{error.Message} ({error.Code})";

    /// <summary>
    /// The form field an API error is about (the console's fields carry the API's parameter names): the first
    /// field its code names (InvalidInternalPort.Malformed), else the first its message quotes ("The specified
    /// parameter \"Bandwidth\" is not valid"), else the first its message mentions; "" (the form as a whole)
    /// when none. The code first: a message may mention another field to explain itself.
    /// </summary>
    public static string FieldOf(Error error, params IEnumerable<string> fields)
    {
        var names = fields.ToList();
        return names.FirstOrDefault(f => error.Code.Contains(f, StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault(f => error.Message.Contains($"\"{f}\"", StringComparison.Ordinal))
            ?? names.FirstOrDefault(f => error.Message.Contains(f, StringComparison.OrdinalIgnoreCase))
            ?? "";
    }
}
