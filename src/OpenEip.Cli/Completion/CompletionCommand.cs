using System.CommandLine;

namespace OpenEip.Cli.Completion;

/// <summary>
/// <c>openeip completion bash|zsh</c> prints a script that asks <c>openeip</c> itself for completions through
/// System.CommandLine's <c>[suggest:POSITION]</c> directive, so completions always match the installed version's
/// commands and options. Install: <c>source &lt;(openeip completion bash)</c> in ~/.bashrc, or
/// <c>openeip completion zsh &gt; "${fpath[1]}/_openeip"</c>.
/// </summary>
public static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash or zsh" };
        shell.AcceptOnlyFromAmong("bash", "zsh");
        var command = new Command("completion", "Print the shell completion script for bash or zsh") { shell };
        command.SetAction(result =>
        {
            Console.Out.Write(result.GetRequiredValue(shell) == "bash" ? CompletionScripts.Bash : CompletionScripts.Zsh);
            return 0;
        });
        return command;
    }
}
