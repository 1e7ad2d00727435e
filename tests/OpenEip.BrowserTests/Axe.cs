using System.Text.Json;
using Microsoft.Playwright;

namespace OpenEip.BrowserTests;

/// <summary>
/// axe-core (from npm, installed by the test command into this project's node_modules) run in the page: the
/// accessibility violations whose impact is serious or critical, each as "rule: help (targets)".
/// </summary>
public static class Axe
{
    public static string ScriptPath => Path.Combine(RepoRoot.Location, "tests", "OpenEip.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
            throw new InvalidOperationException($"axe-core is not installed: {ScriptPath} is missing (run the README's test command, or npm ci in tests/OpenEip.BrowserTests).");
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}
