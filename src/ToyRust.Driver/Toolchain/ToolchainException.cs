namespace ToyRust.Driver.Toolchain;

/// <summary>
/// A system tool failed or is missing. The message is one line meant for the user
/// (`error: ...`), never a stack trace: the CLI prints it as is.
/// </summary>
public sealed class ToolchainException : Exception
{
    public ToolchainException(string message)
        : base(message)
    {
    }

    public ToolchainException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ToolchainException()
    {
    }
}
