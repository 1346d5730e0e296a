namespace Wijkpeil.Cli;

/// <summary>The process exit codes scripts can rely on; shown in <c>wijkpeil --help</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input was wrong: an invalid file, an unknown code, a bad filter or configuration value.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong: an unknown verb or option, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>Something other than the input failed (database unreachable, a bug); the message says what.</summary>
    public const int Failure = 3;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, the shell convention).</summary>
    public const int Cancelled = 130;
}
