namespace ToyRust.Llvm;

/// <summary>LLVM refused a request (unknown triple, failed emission); the message is LLVM's own.</summary>
public sealed class LlvmException : Exception
{
    public LlvmException()
    {
    }

    public LlvmException(string message)
        : base(message)
    {
    }

    public LlvmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
