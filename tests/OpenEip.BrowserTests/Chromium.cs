namespace OpenEip.BrowserTests;

/// <summary>Debian's Chromium (apt-get install chromium; scripts/test.sh installs it as root), driven by Playwright without "playwright install".</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath)
            ? null
            : $"needs Chromium at {ExecutablePath} (apt-get install chromium; scripts/test.sh installs it when run as root)";
}
