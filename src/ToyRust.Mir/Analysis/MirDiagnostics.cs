using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Analysis;

/// <summary>The diagnostics of the MIR's dataflow passes, worded as rustc's borrow checker words them.</summary>
public static class MirDiagnostics
{
    public static Diagnostic UsedUninitialized(TextSpan span, string name, bool maybe) =>
        Diagnostic.Error("E0381", maybe ? $"used binding `{name}` is possibly-uninitialized" : $"used binding `{name}` isn't initialized",
            span, maybe ? $"`{name}` used here but it is possibly-uninitialized" : $"`{name}` used here but it isn't initialized");

    public static Diagnostic AssignTwiceToImmutable(TextSpan span, string name) =>
        Diagnostic.Error("E0384", $"cannot assign twice to immutable variable `{name}`", span, "cannot assign twice to immutable variable");
}
