namespace Jixiao.Cli;

/// <summary>Exit codes of the contract: 2 unreadable input or bad command line, 1 findings reached --fail-on, 0 otherwise.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int FindingsReachedThreshold = 1;
    public const int UnreadableOrUsage = 2;
}
