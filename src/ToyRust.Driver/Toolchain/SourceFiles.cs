using System.Diagnostics.CodeAnalysis;
using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ToyRust.Syntax.Text;

namespace ToyRust.Driver.Toolchain;

/// <summary>Why a source file could not be read, in rustc's words; <see cref="Note"/> is printed as `= note:`.</summary>
public sealed record SourceReadError(string Message, string? Note);

/// <summary>
/// Reads a source file the way rustc does: as bytes that must be valid UTF-8, keeping the path
/// exactly as given (it appears in diagnostics and panic messages). A leading byte-order mark is
/// dropped, as rustc drops it.
/// </summary>
public static class SourceFiles
{
    public static bool TryRead(string path, [NotNullWhen(true)] out SourceText? source, [NotNullWhen(false)] out SourceReadError? error)
    {
        source = null;
        byte[] bytes;
        try
        {
            bytes = Directory.Exists(path) ? throw new IOException("Is a directory (os error 21)") : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new SourceReadError($"couldn't read `{path}`: {OsMessage(e)}", null);
            return false;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var text = new char[bytes.Length - start];
        var status = Utf8.ToUtf16(bytes.AsSpan(start), text, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            error = new SourceReadError($"couldn't read `{path}`: stream did not contain valid UTF-8", $"invalid utf-8 at byte `{start + bytesRead}`");
            return false;
        }
        source = new SourceText(path, new string(text, 0, charsWritten));
        error = null;
        return true;
    }

    /// <summary>The text Rust's `std::io::Error` shows for the common cases.</summary>
    private static string OsMessage(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory (os error 2)",
        UnauthorizedAccessException => "Permission denied (os error 13)",
        _ => e.Message,
    };
}
