namespace OpenEip.BrowserTests;

/// <summary>A browser test: skipped with the reason when Chromium is not installed (xunit 2 skips a fact whose Skip is set).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
            Skip = reason;
    }
}
