namespace OpenEip.Cli.Output;

/// <summary>How the friendly verbs print: tables for people, JSON for scripts (<c>-o json</c>).</summary>
public enum OutputFormat
{
    Table,
    Json,
}
