using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Ir;

/// <summary>A step of a basic block that does not transfer control.</summary>
public abstract record Statement(TextSpan Span);

/// <summary>`place = rvalue`.</summary>
public sealed record AssignStatement(TextSpan Span, Place Place, Rvalue Rvalue) : Statement(Span);
