using System.Runtime.InteropServices;
using System.Text;

namespace ToyRust.Llvm.Interop;

/// <summary>
/// The two ways text comes back from LLVM. Borrowed text still belongs to LLVM and is only copied;
/// owned text (the header says "dispose with LLVMDisposeMessage") is copied and then freed here,
/// so no caller ever holds a char* that needs freeing.
/// </summary>
internal static unsafe class LlvmStrings
{
    public static string Borrow(sbyte* text) => text == null ? "" : Marshal.PtrToStringUTF8((nint)text) ?? "";

    public static string Borrow(sbyte* text, nuint length) =>
        text == null ? "" : Encoding.UTF8.GetString((byte*)text, checked((int)length));

    public static string Take(sbyte* message)
    {
        if (message == null) return "";
        try
        {
            return Borrow(message);
        }
        finally
        {
            LLVM.DisposeMessage(message);
        }
    }

    /// <summary>Consumes <paramref name="error"/>: its message is read and freed, the error itself is gone.</summary>
    public static string TakeError(LLVMErrorRef error)
    {
        var message = LLVM.GetErrorMessage(error);
        try
        {
            return Borrow(message);
        }
        finally
        {
            LLVM.DisposeErrorMessage(message);
        }
    }

    /// <summary>UTF-8 bytes for the APIs that take a pointer and a length instead of a C string.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
