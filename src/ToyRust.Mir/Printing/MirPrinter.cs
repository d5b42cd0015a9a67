using System.Globalization;
using System.Text;
using ToyRust.Mir.Building;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Printing;

/// <summary>
/// Writes MIR bodies as text in the layout of rustc's MIR dumps
/// (`RUSTC_BOOTSTRAP=1 rustc --edition 2021 -Zunpretty=mir FILE.rs`), so that the two can be put
/// side by side:
/// <code>
/// fn add(_1: i32, _2: i32) -> i32 {
///     debug a => _1;
///     debug b => _2;
///     let mut _0: i32;
///     let mut _3: (i32, bool);
///
///     bb0: {
///         _3 = AddWithOverflow(copy _1, copy _2);
///         assert(!move (_3.1: bool), "attempt to add with overflow") -> bb1;
///     }
///
///     bb1: {
///         _0 = move (_3.0: i32);
///         return;
///     }
/// }
/// </code>
/// Where the notation differs from rustc's, it is because ToyRust's MIR holds less:
/// - There is no unwinding. A call or an assert with one successor prints `-> bb1`, like a
///   `goto` (rustc: `-> [return: bb1, unwind continue]`, `-> [success: bb1, unwind continue]`);
///   a call that never returns prints no arrow (rustc: `-> unwind continue`).
/// - There are no scopes: every named local's `debug x => _n;` comes first, then every `let`.
/// - An assert names the run-time panic message (`"attempt to add with overflow"`); rustc names a
///   format and its operands (`"attempt to compute `{} + {}`, which would overflow", copy _1, copy _2`).
///   A bounds check lists its two operands after the message, as rustc does.
/// - `switchInt` prints a negative value (an enum discriminant of -1) signed; rustc prints its bits.
/// - `print!`, `panic!` and `std::process::exit` are callees of their own, with the format
///   string written back: `_3 = print!("{} {:?}\n", copy _1, move _4) -> bb1;` (rustc expands
///   `format_args!` and calls `std::io::_print`).
/// - A function is named by its path: `Point::area`, `&lt;Point as Shape&gt;::area`,
///   `&lt;Self as Shape&gt;::describe` (a trait's default method), with its own generic parameters
///   (`max&lt;T&gt;`); rustc names an impl block by its position (`&lt;impl at a.rs:4:1: 4:11&gt;::area`)
///   and a default method `Shape::describe`.
/// </summary>
public static class MirPrinter
{
    /// <summary>The bodies of the program in program order; the prelude's only on request.</summary>
    public static string Print(MirProgram program, bool includePrelude = false)
    {
        var bodies = program.Bodies.Where(b => includePrelude || !b.Function.IsPrelude);
        return string.Join("\n", bodies.Select(Print));
    }

    public static string Print(MirBody body) => Print(body, FunctionName(body.Function));

    /// <summary>
    /// One instance of a body, after monomorphization: the types of its locals, constants, casts
    /// and callees with the instance's type arguments put in (`T` → `i32`), under the instance's
    /// name (`fn max::&lt;i32&gt;(_1: i32, _2: i32) -> i32`). Locals and blocks keep their numbers.
    /// </summary>
    public static string PrintInstance(MirBody body, ValueArray<TypeSymbol> typeArguments)
    {
        var f = body.Function;
        var instance = typeArguments.Count == 0 ? body : body.MapTypes(t => GenericSubstitution.Apply(t, f.GenericParameters, typeArguments));
        return Print(instance, FunctionPath(f, typeArguments));
    }

    private static string Print(MirBody body, string name)
    {
        var text = new StringBuilder();
        text.Append("fn ").Append(name).Append('(');
        text.AppendJoin(", ", body.Arguments.Select(a => $"{a}: {body[a].Type}"));
        text.Append(") -> ").Append(body.ReturnType).Append(" {\n");
        AppendLocals(text, body);
        for (var i = 0; i < body.Blocks.Length; i++)
        {
            text.Append('\n');
            AppendBlock(text, body, new BasicBlock(i));
        }
        text.Append("}\n");
        return text.ToString();
    }

    private static void AppendLocals(StringBuilder text, MirBody body)
    {
        for (var i = 0; i < body.Locals.Length; i++)
        {
            if (body.Locals[i].Name is { } name) text.Append($"    debug {name} => _{i};\n");
        }
        for (var i = 0; i < body.Locals.Length; i++)
        {
            if (i >= 1 && i <= body.ArgumentCount) continue;
            var local = body.Locals[i];
            text.Append($"    let {(local.IsMutable ? "mut " : "")}_{i}: {local.Type};\n");
        }
    }

    private static void AppendBlock(StringBuilder text, MirBody body, BasicBlock block)
    {
        var data = body[block];
        text.Append($"    {block}{(data.IsCleanup ? " (cleanup)" : "")}: {{\n");
        foreach (var statement in data.Statements) text.Append("        ").Append(Statement(body, statement)).Append(";\n");
        text.Append("        ").Append(Terminator(body, data.Terminator)).Append(";\n");
        text.Append("    }\n");
    }

    private static string Statement(MirBody body, Statement statement) => statement switch
    {
        AssignStatement a => $"{a.Place} = {Rvalue(body, a.Rvalue)}",
        StorageLiveStatement l => $"StorageLive({l.Local})",
        _ => throw new InvalidOperationException($"unknown statement {statement.GetType().Name}"),
    };

    private static string Rvalue(MirBody body, Rvalue rvalue) => rvalue switch
    {
        UseRvalue u => u.Operand.ToString()!,
        RepeatRvalue r => $"[{r.Operand}; {r.Count}]",
        RefRvalue r => r.IsMutable ? $"&mut {r.Place}" : $"&{r.Place}",
        LenRvalue l => $"Len({l.Place})",
        CastRvalue c => $"{c.Operand} as {c.Target} ({CastKind(PlaceTypes.Of(body, c.Operand), c.Target)})",
        UnsizeRvalue u => $"{u.Operand} as {u.Target} (PointerCoercion(Unsize, Implicit))",
        ReifyRvalue r => $"{r.Operand} as {r.Target} (PointerCoercion(ReifyFnPointer, Implicit))",
        BinaryRvalue b => $"{b.Op}({b.Left}, {b.Right})",
        CheckedBinaryRvalue c => $"{c.Op}WithOverflow({c.Left}, {c.Right})",
        UnaryRvalue u => $"{u.Op}({u.Operand})",
        DiscriminantRvalue d => $"discriminant({d.Place})",
        AggregateRvalue a => Aggregate(a),
        _ => throw new InvalidOperationException($"unknown rvalue {rvalue.GetType().Name}"),
    };

    /// <summary>
    /// rustc's names of the casts; `bool`, `char` and `u8 as char` are integer casts too. rustc
    /// writes `&amp;x as *const T` as a raw borrow (`&amp;raw const (*_2)`); ToyRust keeps the cast.
    /// </summary>
    private static string CastKind(TypeSymbol from, TypeSymbol to) => (from, to) switch
    {
        (RawPointerType or ReferenceType, RawPointerType) => "PtrToPtr",
        (RawPointerType, _) => "PointerExposeProvenance",
        (_, RawPointerType) => "PointerWithExposedProvenance",
        _ => NumericCastKind(from, to),
    };

    private static string NumericCastKind(TypeSymbol from, TypeSymbol to) => (from.IsFloat, to.IsFloat) switch
    {
        (true, true) => "FloatToFloat",
        (true, false) => "FloatToInt",
        (false, true) => "IntToFloat",
        _ => "IntToInt",
    };

    /// <summary>`(copy _1, copy _2)`, `[copy _1]`, `Point { x: copy _1, y: copy _2 }`, `Option::&lt;i32&gt;::Some(copy _1)`.</summary>
    private static string Aggregate(AggregateRvalue a)
    {
        var operands = a.Operands.Select(o => o.ToString()!).ToList();
        switch (a.Kind)
        {
            case TupleAggregate:
                return operands.Count == 1 ? $"({operands[0]},)" : $"({string.Join(", ", operands)})";
            case ArrayAggregate:
                return $"[{string.Join(", ", operands)}]";
            case AdtAggregate adt:
                var path = adt.Type.Adt.IsEnum ? $"{TypePath(adt.Type)}::{adt.Variant.Name}" : TypePath(adt.Type);
                return adt.Variant.Kind switch
                {
                    Syntax.Ast.StructKind.Named =>
                        $"{path} {{ {string.Join(", ", adt.Variant.Fields.Select((f, i) => $"{f.Name}: {operands[i]}"))} }}",
                    Syntax.Ast.StructKind.Tuple => $"{path}({string.Join(", ", operands)})",
                    _ => path,
                };
            case ClosureAggregate c:
                return $"{c.Type} {{ {string.Join(", ", c.Type.Closure.Captures.Select((capture, i) => $"{capture.Local.Name}: {operands[i]}"))} }}";
            default:
                throw new InvalidOperationException($"unknown aggregate {a.Kind.GetType().Name}");
        }
    }

    private static string Terminator(MirBody body, Terminator terminator) => terminator switch
    {
        GotoTerminator g => $"goto -> {g.Target}",
        SwitchIntTerminator s =>
            $"switchInt({s.Discriminant}) -> [{string.Join("", s.Targets.Select(t => $"{t.Value}: {t.Target}, "))}otherwise: {s.Otherwise}]",
        CallTerminator c =>
            $"{c.Destination} = {(c.Callee is PointerCallee ? c.Arguments[0].ToString() : Callee(c.Callee))}({string.Join(", ", Arguments(c))}){Targets(c.Target, c.Cleanup)}",
        AssertTerminator a =>
            $"assert({(a.Expected ? "" : "!")}{a.Condition}, {Quote(a.Message.Text)}{AssertOperands(a.Message)}){Targets(a.Target, a.Cleanup)}",
        DropTerminator d => $"drop({d.Place}){Targets(d.Target, d.Cleanup)}",
        ReturnTerminator => "return",
        ResumeTerminator => "resume",
        UnreachableTerminator => "unreachable",
        _ => throw new InvalidOperationException($"unknown terminator {terminator.GetType().Name}"),
    };

    /// <summary>` -> bb1` without a cleanup; rustc's ` -> [return: bb1, unwind: bb5]` with one (`unwind continue` when a call that never returns has no cleanup).</summary>
    private static string Targets(BasicBlock? target, BasicBlock? cleanup) => (target, cleanup) switch
    {
        (null, null) => "",
        ({ } t, null) => $" -> {t}",
        (null, { } u) => $" -> unwind {u}",
        ({ } t, { } u) => $" -> [return: {t}, unwind: {u}]",
    };

    private static IEnumerable<string> Arguments(CallTerminator call)
    {
        var format = call.Callee switch
        {
            PrintCallee p => FormatString(p.Pieces),
            PanicCallee p => FormatString(p.Pieces),
            _ => null,
        };
        if (call.Callee is PointerCallee) return call.Arguments.Skip(1).Select(a => a.ToString()!);
        if (call.Callee is DebugCallee d) return [.. call.Arguments.Select(a => a.ToString()!), .. d.Constants];
        return format is null ? call.Arguments.Select(a => a.ToString()!) : [format, .. call.Arguments.Select(a => a.ToString()!)];
    }

    private static string AssertOperands(AssertMessage message) =>
        message is BoundsCheckMessage b ? $", {b.Length}, {b.Index}" : "";

    private static string Callee(Callee callee) => callee switch
    {
        FnCallee f => FunctionPath(f.Function, f.TypeArguments),
        VirtualCallee v => FunctionPath(v.Method, v.TypeArguments),
        PrintCallee p => p.Stream switch { PrintTarget.Stdout => "print!", PrintTarget.Stderr => "eprint!", PrintTarget.Formatter => "write!", _ => "format!" },
        PanicCallee => "panic!",
        ExitCallee => "std::process::exit",
        DebugCallee d => d.ToString(),
        _ => throw new InvalidOperationException($"unknown callee {callee.GetType().Name}"),
    };

    /// <summary>A function's name in its header: its path with its own generic parameters (`max&lt;T&gt;`).</summary>
    internal static string FunctionName(FunctionSymbol f)
    {
        var own = f.GenericParameters.Skip(f.GenericParameters.Length - f.OwnGenericCount).Select(p => p.Name).ToList();
        var generics = own.Count == 0 ? "" : $"<{string.Join(", ", own)}>";
        var parameters = new ValueArray<TypeSymbol>(f.GenericParameters.Select(p => (TypeSymbol)new TypeParameterType(p)));
        return Path(f, parameters, ownArguments: false) + generics;
    }

    /// <summary>A callee as rustc writes it: `max::&lt;i32&gt;`, `&lt;(i32, i32) as PartialEq&gt;::eq`, `Pair::&lt;T&gt;::new`.</summary>
    internal static string FunctionPath(FunctionSymbol f, ValueArray<TypeSymbol> arguments) => Path(f, arguments, ownArguments: true);

    private static string Path(FunctionSymbol f, ValueArray<TypeSymbol> arguments, bool ownArguments)
    {
        var own = arguments.Skip(arguments.Count - f.OwnGenericCount).ToList();
        var turbofish = ownArguments && own.Count > 0 ? $"::<{string.Join(", ", own)}>" : "";
        TypeSymbol Substitute(TypeSymbol t) => GenericSubstitution.Apply(t, f.GenericParameters, arguments);
        if (f.Closure is not null) return f.DisplayName;
        if (f.Trait is { } trait)
        {
            var traitArguments = arguments.Skip(1).Take(trait.GenericParameters.Length - 1);
            return $"<{arguments[0]} as {TraitName(trait.Name, arguments[0], traitArguments)}>::{f.Name}{turbofish}";
        }
        if (f.OwningImpl is { Trait: { } implemented } impl)
        {
            var self = Substitute(impl.SelfType);
            var name = TraitName(implemented.Trait.Name, self, implemented.Arguments.Select(Substitute));
            return $"<{self} as {name}>::{f.Name}{turbofish}";
        }
        if (f.ImplSelfType is { } implSelf) return $"{TypePath(Substitute(implSelf))}::{f.Name}{turbofish}";
        // A function of one of the prelude's modules keeps its module: `slice::range::<i32>`, `ptr::read::<T>`.
        if (f.Module is { } module) return $"{module.Name}::{f.Name}{turbofish}";
        return f.Name + turbofish;
    }

    /// <summary>`PartialEq`, `Add&lt;i64&gt;`: an argument equal to `Self` is left out, as rustc leaves out `Rhs = Self`.</summary>
    private static string TraitName(string name, TypeSymbol self, IEnumerable<TypeSymbol> arguments)
    {
        var written = arguments.ToList();
        return written.All(a => a == self) ? name : $"{name}<{string.Join(", ", written)}>";
    }

    /// <summary>A type in a path: `Option::&lt;i32&gt;`, `Point`; one that is not a name in angle brackets (`&lt;[i32; 3]&gt;`).</summary>
    private static string TypePath(TypeSymbol type) => type switch
    {
        AdtType { Arguments.Count: 0 } a => a.Adt.Name,
        AdtType a => $"{a.Adt.Name}::<{string.Join(", ", a.Arguments)}>",
        PrimitiveType or TypeParameterType => type.ToString(),
        _ => $"<{type}>",
    };

    /// <summary>The format string of a print or panic, written back from its pieces: `"{} is {:>5}\n"`.</summary>
    private static string FormatString(IEnumerable<FormatPiece> pieces)
    {
        var text = new StringBuilder();
        var next = 0;
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case FormatText t:
                    text.Append(t.Text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                    break;
                case FormatHole h:
                    var index = h.ArgumentIndex == next ? "" : h.ArgumentIndex.ToString(CultureInfo.InvariantCulture);
                    if (index.Length == 0) next++;
                    text.Append('{').Append(index).Append(h.Spec.IsDefault ? "" : ":" + Spec(h.Spec)).Append('}');
                    break;
            }
        }
        return Quote(text.ToString());
    }

    /// <summary>`&lt;08.3x`: fill and alignment, sign, `#`, `0`, width, precision, kind.</summary>
    private static string Spec(FormatSpec spec)
    {
        var text = new StringBuilder();
        if (spec.Align != FormatAlign.Default)
        {
            if (spec.Fill != ' ') text.Append(char.ConvertFromUtf32(spec.Fill));
            text.Append(spec.Align switch { FormatAlign.Left => '<', FormatAlign.Right => '>', _ => '^' });
        }
        if (spec.Plus) text.Append('+');
        if (spec.Alternate) text.Append('#');
        if (spec.Zero) text.Append('0');
        if (spec.Width >= 0) text.Append(spec.Width);
        if (spec.Precision >= 0) text.Append('.').Append(spec.Precision);
        text.Append(spec.Kind switch
        {
            FormatKind.Debug => "?",
            FormatKind.LowerHex => "x",
            FormatKind.UpperHex => "X",
            FormatKind.Binary => "b",
            FormatKind.Octal => "o",
            _ => "",
        });
        return text.ToString();
    }

    /// <summary>A string in double quotes with Rust's escapes.</summary>
    private static string Quote(string s)
    {
        var text = new StringBuilder("\"");
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '\n' => @"\n",
                '\t' => @"\t",
                '\r' => @"\r",
                '\\' => @"\\",
                '"' => "\\\"",
                '\0' => @"\0",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
