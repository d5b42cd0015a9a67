namespace ToyRust.Analysis;

/// <summary>
/// Input the analysis tools cannot read (not an object, truncated, an archive, no symbols): the
/// message is one line for the user, printed as `error: ...` with exit code 1.
/// </summary>
public sealed class AnalysisException(string message) : Exception(message);
