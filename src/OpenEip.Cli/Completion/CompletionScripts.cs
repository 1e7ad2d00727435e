namespace OpenEip.Cli.Completion;

/// <summary>
/// The scripts <c>openeip completion</c> prints. Both pass the line without its first word (the program's name)
/// and the cursor's offset in it, which is what the <c>[suggest:N]</c> directive reads.
/// </summary>
public static class CompletionScripts
{
    public const string Bash = """
        # bash completion for openeip: source <(openeip completion bash)
        _openeip_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            local rest="${line#*[[:space:]]}"
            [ "$rest" = "$line" ] && return 0
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(openeip "[suggest:${#rest}]" "$rest" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _openeip_complete openeip

        """;

    public const string Zsh = """
        #compdef openeip
        # zsh completion for openeip: openeip completion zsh > "${fpath[1]}/_openeip", then compinit
        _openeip() {
            local rest="${(j: :)words[2,CURRENT]}"
            local -a suggestions
            suggestions=("${(@f)$(openeip "[suggest:${#rest}]" "$rest" 2>/dev/null)}")
            compadd -a suggestions
        }
        compdef _openeip openeip

        """;
}
