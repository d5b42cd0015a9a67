using System.Collections.Immutable;
using ToyRust.Semantics.Prelude;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Ast.Pretty;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// The built-in macros, expanded while checking:
/// <code>
/// println!("{} {x}", a)      → BoundPrint(Stdout, [a, x], ["" a " " x "\n"])
/// assert!(c)                 → if !c { panic!("assertion failed: c") }   (c as rustc pretty-prints it)
/// assert_eq!(a, b)           → { let l = a; let r = b; if !(l == r) { panic!(...left/right...) } }
/// </code>
/// </summary>
internal sealed partial class FunctionChecker
{
    private BoundExpression CheckMacro(MacroCallExpressionSyntax m, TypeSymbol? expected) => m.Name.Text switch
    {
        "vec" => CheckVecMacro(m, expected),
        "format" => CheckFormatMacro(m),
        "write" => CheckWrite(m, newline: false),
        "writeln" => CheckWrite(m, newline: true),
        "println" => CheckPrint(m, PrintTarget.Stdout, newline: true),
        "print" => CheckPrint(m, PrintTarget.Stdout, newline: false),
        "eprintln" => CheckPrint(m, PrintTarget.Stderr, newline: true),
        "eprint" => CheckPrint(m, PrintTarget.Stderr, newline: false),
        "panic" => CheckPanic(m, m.Arguments, "explicit panic", prefix: ""),
        "unreachable" => CheckPanic(m, m.Arguments, "internal error: entered unreachable code", prefix: "internal error: entered unreachable code: "),
        "todo" => CheckPanic(m, m.Arguments, "not yet implemented", prefix: "not yet implemented: "),
        "unimplemented" => CheckPanic(m, m.Arguments, "not implemented", prefix: "not implemented: "),
        "assert" => CheckAssert(m),
        "assert_eq" => CheckAssertComparison(m, BinaryOperator.Eq),
        "assert_ne" => CheckAssertComparison(m, BinaryOperator.Ne),
        _ => UnknownMacro(m),
    };

    private BoundErrorExpression UnknownMacro(MacroCallExpressionSyntax m)
    {
        Report(MissingStd.Macros.Contains(m.Name.Text)
            ? SemanticDiagnostics.UnsupportedFeature(m.Span, $"`{m.Name}!`")
            : SemanticDiagnostics.UnknownMacro(m.Name.Span, m.Name.Text));
        return new BoundErrorExpression(m.Span);
    }

    private BoundExpression CheckPrint(MacroCallExpressionSyntax m, PrintTarget target, bool newline)
    {
        if (m.Arguments.IsEmpty)
        {
            if (!newline) { Report(SemanticDiagnostics.FormatError(m.Span, "requires at least a format string argument")); return new BoundErrorExpression(m.Span); }
            return new BoundPrint(m.Span, target, new BoundFormat(m.Span, [], [new FormatText("\n")]));
        }
        var format = CheckFormat(m.Arguments[0], m.Arguments.RemoveAt(0), newline ? "\n" : "");
        return format is null ? new BoundErrorExpression(m.Span) : new BoundPrint(m.Span, target, format);
    }

    /// <summary>`format!("fmt", args)`: the text a `print!` would write, as a new `String`.</summary>
    private BoundExpression CheckFormatMacro(MacroCallExpressionSyntax m)
    {
        if (m.Arguments.IsEmpty)
        {
            Report(SemanticDiagnostics.FormatError(m.Span, "requires at least a format string argument"));
            return new BoundErrorExpression(m.Span);
        }
        var format = CheckFormat(m.Arguments[0], m.Arguments.RemoveAt(0), "");
        var stringType = new AdtType(LangItems.Adt(LangItem.String), ValueArray<TypeSymbol>.Empty);
        return format is null ? new BoundErrorExpression(m.Span) : new BoundPrint(m.Span, PrintTarget.String, format, stringType);
    }

    /// <summary>
    /// `write!(f, "fmt", args)` and `writeln!` into a `&amp;mut Formatter`: the text is appended to the
    /// formatter's buffer, each hole with its own spec (the formatter's is not used), and the
    /// value is `fmt::Result`'s `Ok(())`:
    /// <code>
    /// write!(f, "({}, {})", a, b)    →    { BoundPrint(Formatter, [f, a, b], ["(" a ", " b ")"]); Ok(()) }
    /// </code>
    /// Into a type with std's `fmt::Write` (a `String`), once the program imports the trait, the
    /// text is formatted into a new `String` and written with the trait's `write_str`:
    /// <code>
    /// write!(s, "{}", x)             →    Write::write_str(&amp;mut s, &amp;format!("{}", x))
    /// </code>
    /// </summary>
    private BoundExpression CheckWrite(MacroCallExpressionSyntax m, bool newline)
    {
        if (m.Arguments.IsEmpty)
        {
            Report(SemanticDiagnostics.FormatError(m.Span, "unexpected end of macro invocation", "missing tokens in macro arguments"));
            return new BoundErrorExpression(m.Span);
        }
        var destination = CheckExpression(m.Arguments[0], null);
        var type = StructurallyResolve(destination.Type);
        var intoFormatter = type is ReferenceType { IsMutable: true, Referent: AdtType { Adt.LangItem: LangItem.Formatter } };
        var writer = intoFormatter ? null : FmtWriteSelf(type);
        if (writer is AdtType { Adt.IsString: false })
        {
            // std's `write_fmt` calls `write_str` for each piece, which a program's impl can tell apart.
            Report(SemanticDiagnostics.UnsupportedFeature(m.Span, $"`{m.Name}!` into a type other than `String` through `fmt::Write`"));
            return new BoundErrorExpression(m.Span);
        }
        if (!intoFormatter && writer is null)
        {
            ReportCannotWrite(m, type, m.Arguments[0].Span);
            return new BoundErrorExpression(m.Span);
        }
        if (CheckWriteFormat(m, newline) is not { } format) return new BoundErrorExpression(m.Span);
        return writer is null ? WriteIntoFormatter(m, destination, format) : WriteIntoFmtWrite(m, destination, writer, format);
    }

    private BoundFormat? CheckWriteFormat(MacroCallExpressionSyntax m, bool newline)
    {
        if (m.Arguments.Length > 1) return CheckFormat(m.Arguments[1], m.Arguments.RemoveRange(0, 2), newline ? "\n" : "");
        if (newline) return new BoundFormat(m.Span, [], [new FormatText("\n")]);
        Report(SemanticDiagnostics.FormatError(m.Span, "requires at least a format string argument"));
        return null;
    }

    private BoundExpression WriteIntoFormatter(MacroCallExpressionSyntax m, BoundExpression destination, BoundFormat format)
    {
        var pieces = format.Pieces.Select(p => p is FormatHole h ? h with { ArgumentIndex = h.ArgumentIndex + 1 } : p);
        var print = new BoundPrint(m.Span, PrintTarget.Formatter, new BoundFormat(format.Span, [destination, .. format.Arguments], [.. pieces]));
        var result = (AdtType)LangItems.DisplayFmtFn.ReturnType;
        var ok = new BoundAdtLiteral(m.Span, result, LangItems.ResultOk, [new BoundTuple(m.Span, TypeSymbol.Unit, [])], null);
        return new BoundBlock(m.Span, result, [new BoundExpressionStatement(m.Span, print)], ok);
    }

    /// <summary>The type `write!` writes into through `fmt::Write` (`String` for `s` or `&amp;mut s`), if the trait is imported and implemented.</summary>
    private TypeSymbol? FmtWriteSelf(TypeSymbol type)
    {
        if (!_program.ImportsFmtWrite) return null;
        var self = type is ReferenceType { IsMutable: true } r ? StructurallyResolve(r.Referent) : type;
        var trait = new TraitRef(LangItems.Trait(LangItem.FmtWrite), ValueArray<TypeSymbol>.Empty);
        return self.IsConcrete && Solver.Implements(self, trait) ? self : null;
    }

    private BoundExpression WriteIntoFmtWrite(MacroCallExpressionSyntax m, BoundExpression destination, TypeSymbol self, BoundFormat format)
    {
        var method = LangItems.Function(LangItem.FmtWriteStr);
        var receiver = destination.Type is ReferenceType ? destination : new BoundAddressOf(destination.Span, new ReferenceType(self, true), true, destination);
        var stringType = new AdtType(LangItems.Adt(LangItem.String), ValueArray<TypeSymbol>.Empty);
        var text = new BoundAddressOf(m.Span, new ReferenceType(stringType, false), false, new BoundPrint(m.Span, PrintTarget.String, format, stringType));
        var str = Coerce(text, new ReferenceType(new PrimitiveType(PrimitiveKind.Str), false), m.Span);
        var result = (AdtType)LangItems.DisplayFmtFn.ReturnType;
        return new BoundCall(m.Span, result, method, [self], [receiver, str]) { Location = m.Span, CalleeSpan = m.Span };
    }

    /// <summary>
    /// `write!` into something that is neither a `&amp;mut Formatter` nor has an imported `fmt::Write`
    /// has no `write_fmt` (rustc's E0599, or E0689 for a literal).
    /// </summary>
    private void ReportCannotWrite(MacroCallExpressionSyntax m, TypeSymbol type, TextSpan destination)
    {
        if (type.ContainsError) return;
        if (type is InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float })
            Report(SemanticDiagnostics.AmbiguousNumericWrite(m.Span, Resolve(type)));
        else
            Report(SemanticDiagnostics.CannotWriteInto(destination, Resolve(type)));
    }

    /// <summary>`panic!()`, `panic!("fmt", args)`, and the `unreachable!`/`todo!` family.</summary>
    private BoundExpression CheckPanic(MacroCallExpressionSyntax m, ImmutableArray<ExpressionSyntax> arguments, string defaultMessage, string prefix)
    {
        if (arguments.IsEmpty)
            return new BoundPanic(m.Span, new BoundFormat(m.Span, [], [new FormatText(defaultMessage)]));
        var format = CheckFormat(arguments[0], arguments.RemoveAt(0), "");
        if (format is null) return new BoundErrorExpression(m.Span);
        if (prefix.Length > 0) format = format with { Pieces = format.Pieces.Insert(0, new FormatText(prefix)) };
        return new BoundPanic(m.Span, format);
    }

    private BoundExpression CheckAssert(MacroCallExpressionSyntax m)
    {
        if (m.Arguments.IsEmpty)
        {
            Report(SemanticDiagnostics.FormatError(m.Span, "macro requires a boolean expression as an argument", "boolean expression required"));
            return new BoundErrorExpression(m.Span);
        }
        var condition = CheckExpression(m.Arguments[0], TypeSymbol.Bool);
        CoerceTo(condition, TypeSymbol.Bool, m.Arguments[0].Span);
        // The message is plain text, not a format string: `{` and `}` in the condition stay as they are.
        var panic = m.Arguments.Length == 1
            ? new BoundPanic(m.Span, new BoundFormat(m.Span, [], [new FormatText("assertion failed: " + ConditionText(m.Arguments[0]))]))
            : CheckPanic(m, m.Arguments.RemoveAt(0), "", "");
        var negated = new BoundUnary(condition.Span, TypeSymbol.Bool, UnaryOperator.Not, condition);
        return new BoundIf(m.Span, TypeSymbol.Unit, negated, panic, null);
    }

    /// <summary>
    /// `assert_eq!(a, b)` / `assert_ne!(a, b)`: both sides evaluated once, compared, and on
    /// failure rustc's message with both values printed with `{:?}`.
    /// </summary>
    private BoundExpression CheckAssertComparison(MacroCallExpressionSyntax m, BinaryOperator op)
    {
        if (m.Arguments.Length < 2)
        {
            Report(SemanticDiagnostics.FormatError(m.Span, "unexpected end of macro invocation", "missing tokens in macro arguments"));
            return new BoundErrorExpression(m.Span);
        }
        var left = CheckExpression(m.Arguments[0], null);
        var right = CheckExpression(m.Arguments[1], left.Type);
        if (!_inference.Unify(left.Type, right.Type))
            Report(SemanticDiagnostics.MismatchedTypes(m.Arguments[1].Span, Resolve(left.Type), Resolve(right.Type)));
        else if (_inference.Shallow(left.Type) is var compared && !IsComparable(compared, LangItem.PartialEq))
        {
            // As `==` itself: the macro compares with `PartialEq`, and says so where it is called.
            var verb = $"binary operation `{(op == BinaryOperator.Eq ? "==" : "!=")}` cannot be applied to type `{Resolve(compared)}`";
            Report(SemanticDiagnostics.BinaryNotSupported(m.Span, verb, Resolve(compared), Resolve(compared)));
            return new BoundErrorExpression(m.Span);
        }
        var leftLocal = new LocalSymbol("left_val", left.Type, false, m.Arguments[0].Span);
        var rightLocal = new LocalSymbol("right_val", right.Type, false, m.Arguments[1].Span);
        var leftRef = new BoundLocal(m.Span, left.Type, leftLocal);
        var rightRef = new BoundLocal(m.Span, right.Type, rightLocal);
        var text = op == BinaryOperator.Eq ? "==" : "!=";
        var header = new FormatText($"assertion `left {text} right` failed");
        ImmutableArray<FormatPiece> tail = [new FormatText("\n  left: "), new FormatHole(0, FormatSpec.Default with { Kind = FormatKind.Debug }), new FormatText("\n right: "), new FormatHole(1, FormatSpec.Default with { Kind = FormatKind.Debug })];
        BoundFormat message;
        if (m.Arguments.Length > 2)
        {
            var custom = CheckFormat(m.Arguments[2], m.Arguments.RemoveRange(0, 3), "");
            if (custom is null) return new BoundErrorExpression(m.Span);
            var shifted = custom.Pieces.Select(p => p is FormatHole h ? h with { ArgumentIndex = h.ArgumentIndex + 2 } : p);
            message = new BoundFormat(m.Span, [leftRef, rightRef, .. custom.Arguments], [header, new FormatText(": "), .. shifted, .. tail]);
        }
        else
        {
            message = new BoundFormat(m.Span, [leftRef, rightRef], [header, .. tail]);
        }
        _formatChecks.Add((leftRef, FormatKind.Debug));
        _formatChecks.Add((rightRef, FormatKind.Debug));
        var comparison = new BoundBinary(m.Span, TypeSymbol.Bool, op == BinaryOperator.Eq ? BinaryOperator.Ne : BinaryOperator.Eq, leftRef, rightRef);
        var check = new BoundIf(m.Span, TypeSymbol.Unit, comparison, new BoundPanic(m.Span, message), null);
        ImmutableArray<BoundStatement> statements =
        [
            new BoundLet(m.Span, new BoundBindingPattern(m.Span, left.Type, leftLocal, false, null), left),
            new BoundLet(m.Span, new BoundBindingPattern(m.Span, right.Type, rightLocal, false, null), right),
            new BoundExpressionStatement(m.Span, check),
        ];
        return new BoundBlock(m.Span, TypeSymbol.Unit, statements, null);
    }

    /// <summary>The condition as rustc's pretty-printer writes it, line breaks included (rustc's `pprust::expr_to_string`).</summary>
    private string ConditionText(ExpressionSyntax condition) => PrettyPrinter.PrintExpression(condition, Source);

    private string SourceOf(ExpressionSyntax e) =>
        string.Join(' ', Source.Text.Substring(e.Span.Start, e.Span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Checks a format string and its arguments. Positional arguments come first, then named
    /// ones (`x = 5`); `{x}` with no such argument captures the local `x`. Every argument must be
    /// used. Returns null after reporting an error.
    /// </summary>
    private BoundFormat? CheckFormat(ExpressionSyntax formatSyntax, ImmutableArray<ExpressionSyntax> arguments, string suffix)
    {
        if (formatSyntax is not StringLiteralSyntax literal)
        {
            Report(SemanticDiagnostics.FormatNotLiteral(formatSyntax.Span));
            foreach (var a in arguments) CheckExpression(a, null);
            return null;
        }
        var parsed = FormatStringParser.Parse(literal.Value, out var error);
        if (error is { } e)
        {
            Report(SemanticDiagnostics.FormatError(PointInto(literal, e.Offset), e.Message));
            return null;
        }
        var positional = new List<(ExpressionSyntax Syntax, BoundExpression Bound)>();
        var named = new List<(string Name, ExpressionSyntax Syntax, BoundExpression Bound)>();
        foreach (var a in arguments)
        {
            if (a is AssignmentExpressionSyntax { Operator: null, Target: PathExpressionSyntax { Path.Segments.Length: 1 } target } assign)
                named.Add((target.Path.Last.Text, a, CheckExpression(assign.Value, null)));
            else
                positional.Add((a, CheckExpression(a, null)));
        }
        var boundArgs = new List<BoundExpression>(positional.Select(p => p.Bound));
        boundArgs.AddRange(named.Select(n => n.Bound));
        // A format argument is taken by reference, but must be sized (`a[0..2]` is a `[i32]`): rustc's E0277.
        if (boundArgs.FirstOrDefault(b => TypeFacts.IsUnsized(StructurallyResolve(b.Type))) is { } unsized)
        {
            Report(SemanticDiagnostics.NotSized(unsized.Span, Resolve(unsized.Type)));
            return null;
        }
        var used = new bool[boundArgs.Count];
        var captured = new Dictionary<string, int>(StringComparer.Ordinal);
        var pieces = ImmutableArray.CreateBuilder<FormatPiece>();
        var next = 0;
        foreach (var piece in parsed)
        {
            if (piece is string text) { pieces.Add(new FormatText(text)); continue; }
            var hole = (ParsedHole)piece;
            int index;
            if (hole.Name is { } name)
            {
                var namedIndex = named.FindIndex(n => n.Name == name);
                if (namedIndex >= 0) index = positional.Count + namedIndex;
                else if (!captured.TryGetValue(name, out index))
                {
                    var local = _scope.LookupLocal(name);
                    if (local is null)
                    {
                        Report(SemanticDiagnostics.UnknownValue(PointInto(literal, hole.Offset, name.Length + 2), name));
                        return null;
                    }
                    _read.Add(local);
                    NoteLocalUse(local);
                    index = boundArgs.Count;
                    // The read is the name inside the braces, where rustc points a diagnostic about it.
                    boundArgs.Add(new BoundLocal(PointInto(literal, hole.Offset + 1, name.Length), local.Type, local));
                    captured[name] = index;
                    Array.Resize(ref used, boundArgs.Count);
                }
            }
            else
            {
                index = hole.Position ?? next++;
                if (index >= positional.Count)
                {
                    Report(MissingArguments(literal, parsed, positional.Count));
                    return null;
                }
            }
            used[index] = true;
            if (hole.Spec.Kind == FormatKind.Display) boundArgs[index] = DisplayedThroughDeref(boundArgs[index]);
            _formatChecks.Add((boundArgs[index], hole.Spec.Kind));
            pieces.Add(new FormatHole(index, hole.Spec));
        }
        for (var i = 0; i < positional.Count + named.Count; i++)
        {
            if (!used[i])
            {
                Report(SemanticDiagnostics.ArgumentNeverUsed(i < positional.Count ? positional[i].Syntax.Span : named[i - positional.Count].Syntax.Span));
                return null;
            }
        }
        if (suffix.Length > 0) pieces.Add(new FormatText(suffix));
        return new BoundFormat(formatSyntax.Span, [.. boundArgs], MergeText(pieces.ToImmutable()));
    }

    /// <summary>
    /// `{}` of a smart pointer without a Display impl of its own (`Ref&lt;String&gt;`) prints what it
    /// points to: the argument is dereferenced (a box's deref is built in, the others' call
    /// `Deref::deref`) until it is a type `{}` prints. A type that never gets there (`Vec&lt;i32&gt;`) is
    /// left as written, which E0277 names.
    /// </summary>
    private BoundExpression DisplayedThroughDeref(BoundExpression argument)
    {
        var original = argument;
        for (var step = 0; step < MaxDerefSteps; step++)
        {
            var type = StructurallyResolve(argument.Type);
            var peeled = type;
            while (peeled is ReferenceType r) peeled = StructurallyResolve(r.Referent);
            if (peeled is not AdtType { Adt.IsString: false } || Solver.IsDisplay(peeled)) return Solver.IsDisplay(peeled) ? argument : original;
            while (BuiltinDeref(argument, argument.Span) is { } deref && StructurallyResolve(argument.Type) is ReferenceType) argument = deref;
            if (OverloadedDeref(argument, argument.Span) is not { } next) return original;
            argument = next;
        }
        return original;
    }

    private static Syntax.Diagnostics.Diagnostic MissingArguments(StringLiteralSyntax literal, ImmutableArray<object> parsed, int given)
    {
        var holes = parsed.OfType<ParsedHole>().Count(h => h.Name is null);
        var what = holes == 1 ? "1 positional argument in format string" : $"{holes} positional arguments in format string";
        var but = given == 0 ? "but no arguments were given" : given == 1 ? "but there is 1 argument" : $"but there are {given} arguments";
        return SemanticDiagnostics.FormatError(literal.Span, $"{what}, {but}");
    }

    private static ImmutableArray<FormatPiece> MergeText(ImmutableArray<FormatPiece> pieces)
    {
        var result = ImmutableArray.CreateBuilder<FormatPiece>();
        foreach (var p in pieces)
        {
            if (p is FormatText t && result.Count > 0 && result[^1] is FormatText previous)
                result[^1] = new FormatText(previous.Text + t.Text);
            else
                result.Add(p);
        }
        return result.ToImmutable();
    }

    /// <summary>A span inside a string literal (exact for strings without escapes).</summary>
    private static TextSpan PointInto(StringLiteralSyntax literal, int offset, int length = 1) =>
        literal.Value.Length == literal.Span.Length - 2 || literal.IsRaw
            ? new TextSpan(literal.ContentStart + offset, length)
            : literal.Span;

    /// <summary>After inference: every formatted value must implement the trait its hole asks for.</summary>
    private void CheckFormatArguments(IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        foreach (var (argument, kind) in _formatChecks)
        {
            var type = TypeSubstitution.Apply(argument.Type, substitution);
            if (type.ContainsError || FormatSupport.Supports(type, kind, Solver)) continue;
            Report(kind == FormatKind.Debug ? SemanticDiagnostics.NotDebug(argument.Span, type) : SemanticDiagnostics.NotDisplay(argument.Span, type));
        }
    }
}

/// <summary>Which types each formatting trait accepts at this level of the language.</summary>
internal static class FormatSupport
{
    public static bool Supports(TypeSymbol type, FormatKind kind, Traits.TraitSolver solver) => kind switch
    {
        FormatKind.Display => solver.IsDisplay(type),
        FormatKind.Debug => solver.IsDebug(type),
        _ => Peel(type).IsInteger || Peel(type) is TypeParameterType,
    };

    private static TypeSymbol Peel(TypeSymbol t)
    {
        while (t is ReferenceType r) t = r.Referent;
        return t;
    }
}
