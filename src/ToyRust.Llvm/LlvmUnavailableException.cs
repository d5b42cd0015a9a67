namespace ToyRust.Llvm;

/// <summary>libLLVM 19 could not be loaded; the message is one line that names the fix.</summary>
public sealed class LlvmUnavailableException : Exception
{
    public LlvmUnavailableException()
        : base(LlvmLibrary.NotFoundMessage)
    {
    }

    public LlvmUnavailableException(string message)
        : base(message)
    {
    }

    public LlvmUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
