namespace ToyRust.Analysis.Demangling;

/// <summary>
/// A name that is not a well-formed mangled Rust symbol, or one too deep or too long to print. Thrown
/// inside the demangler only; <see cref="RustDemangler.TryDemangle"/> turns it into null.
/// </summary>
internal sealed class DemangleException : Exception
{
    public DemangleException() : base("invalid mangled Rust symbol")
    {
    }

    public DemangleException(string message) : base(message)
    {
    }

    public DemangleException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
