using OpenEip.Core.Errors;

namespace OpenEip.Core.Naming;

/// <summary>
/// What any text a caller gives may hold. Every parameter is kept free of the characters XML 1.0
/// cannot carry (a stored value must be writable in every response format), and names and
/// descriptions follow Alibaba's rules: a length limit, no control characters, not a URL.
/// </summary>
public static class TextRules
{
    /// <returns>The first character that XML 1.0 cannot carry (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF; a lone surrogate), or null when there is none.</returns>
    public static char? FirstXmlInvalid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' and not ('\t' or '\n' or '\r') or '\uFFFE' or '\uFFFF')
                return c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
                return c;
        }

        return null;
    }

    /// <summary>Refuses a parameter value XML cannot carry, naming the parameter and the character.</summary>
    public static Error? ValidateXmlSafe(string parameter, string value) =>
        FirstXmlInvalid(value) is { } bad
            ? ApiErrors.InvalidParameter(parameter, $"it contains the control character U+{(int)bad:X4}.")
            : null;

    /// <summary>A name or description: at most <paramref name="maxLength"/> characters, no control
    /// characters (line breaks and tabs included), not starting with http:// or https://.</summary>
    public static Error? ValidateText(string parameter, string? value, int maxLength)
    {
        if (value is null)
            return null;
        if (value.Length > maxLength)
            return ApiErrors.InvalidParameter(parameter, $"at most {maxLength} characters.");
        if (ValidateNoControl(parameter, value) is { } control)
            return control;
        return IsUrl(value) ? ApiErrors.InvalidParameter(parameter, "it cannot start with http:// or https://.") : null;
    }

    public static bool IsUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses any control character (C0, DEL, C1), naming the parameter and the character.</summary>
    public static Error? ValidateNoControl(string parameter, string value)
    {
        var index = value.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (index < 0)
            index = value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        return index < 0 ? null : ApiErrors.InvalidParameter(parameter, $"it contains the control character U+{(int)value[index]:X4}.");
    }
}
