using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Ir;

/// <summary>A step of a basic block that does not transfer control.</summary>
public abstract record Statement(TextSpan Span);

/// <summary>`place = rvalue`.</summary>
public sealed record AssignStatement(TextSpan Span, Place Place, Rvalue Rvalue) : Statement(Span);

/// <summary>
/// `StorageLive(_3)`: a `let x;` without a value starts here, a fresh and uninitialized variable
/// each time control passes (a `let` in a loop). Definite initialization reads it; code
/// generation emits nothing for it. (rustc marks every local so; ToyRust only the ones whose
/// initialization has to be checked.)
/// </summary>
public sealed record StorageLiveStatement(TextSpan Span, Local Local) : Statement(Span);
