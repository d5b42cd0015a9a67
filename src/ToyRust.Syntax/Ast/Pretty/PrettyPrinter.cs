using System.Collections.Immutable;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast.Pretty;

/// <summary>
/// Writes an expression back as rustc's pretty-printer (rustc_ast_pretty's `pprust`) does, line
/// breaks included. rustc uses it for the message of a failing `assert!(cond)`: the panic says
/// `assertion failed: ` followed by `pprust::expr_to_string(&amp;cond)`, so a long condition is
/// spread over several indented lines, and ToyRust's panic must say exactly the same.
///
/// <para><b>Design.</b> Two layers, as in rustc. <see cref="OppenPrinter"/> is the line breaker:
/// it receives words, breaks and boxes and decides which breaks become newlines. This class walks
/// the AST and emits that stream with rustc's choices, which are the whole of the layout:</para>
/// <list type="bullet">
/// <item>every expression sits in an inconsistent box indented by <see cref="IndentUnit"/> (4), so
/// a long operand continues 4 columns in;</item>
/// <item>a block opens with a consistent box around the keyword head and the block: if it does not
/// fit, every statement goes on its own line, indented 4, and `}` goes back to the box's
/// indentation (`break_offset(1, -4)`);</item>
/// <item>a binary operator breaks before the operator's right operand (`a ==` newline `b`);
/// argument, tuple and array lists break inconsistently after their commas; a struct literal's
/// fields break consistently, with a trailing comma when broken.</item>
/// </list>
/// <para>Indentation nests by boxes, not by columns, which is why rustc's output sometimes looks
/// oddly deep (an `if` inside parentheses inside a binary operand is indented 16 columns).</para>
///
/// <para><b>What is printed as written.</b> rustc prints a literal as its token, so literals are
/// taken from the source through their spans (`0xff`, `1_000i64`, `"a\n"` stay as typed).
/// Parentheses are AST nodes in ToyRust as in rustc and print as such. A macro call is printed
/// from its tokens (<c>PrettyPrinter.Tokens.cs</c>), with a space between two tokens where the
/// source had whitespace and rustc's rules allow one (`println!("{}", x)`).</para>
///
/// <para><b>What ToyRust's AST has lost</b> and so cannot print as rustc does: parentheses around
/// a pattern (`(x)` prints `x`; those an or-pattern needs after `@` or `&amp;` are put back) or a
/// type, lifetimes in types (`&amp;'a T` prints `&amp;T`), attributes and doc comments on statements
/// and expressions, and the grouping of a `use` item (`use a::{b, c};` prints as two items). None
/// of them is likely in an `assert!`.</para>
///
/// <para>rustc's sources: `pp.rs` (<see cref="OppenPrinter"/>), `pprust/state.rs` (this file:
/// blocks, statements, paths, types, patterns), `state/expr.rs`
/// (<c>PrettyPrinter.Expressions.cs</c>), `state/fixup.rs` (<see cref="FixupContext"/>),
/// `state/item.rs` (<c>PrettyPrinter.Items.cs</c>, for items declared inside a block).</para>
/// </summary>
public sealed partial class PrettyPrinter
{
    private const int IndentUnit = 4;

    private readonly OppenPrinter _p = new();
    private readonly SourceText _source;

    private PrettyPrinter(SourceText source) => _source = source;

    /// <summary>
    /// The expression as rustc's `pprust::expr_to_string` prints it; <paramref name="source"/> is
    /// the file it was parsed from (literals and macro calls are printed as written there).
    /// </summary>
    public static string PrintExpression(ExpressionSyntax expression, SourceText source)
    {
        var printer = new PrettyPrinter(source);
        printer.PrintExpr(expression, FixupContext.Default);
        return printer._p.Finish();
    }

    private string TextOf(TextSpan span) => _source.Text.Substring(span.Start, span.Length);

    private void Word(string text) => _p.Word(text);

    // ----- Blocks and statements -----

    /// <summary>
    /// `{ statements tail }`. The caller has opened two boxes, as rustc's `head` does: a consistent
    /// one around the whole construct and an inconsistent one around its head (`if cond`). `{`
    /// closes the head box and `}` the outer one, unless <paramref name="closeOuterBox"/> is false
    /// (a match arm closes it after).
    /// </summary>
    private void PrintBlock(BlockExpressionSyntax block, bool closeOuterBox = true)
    {
        Word("{");
        _p.End();
        foreach (var statement in block.Statements) PrintStatement(statement);
        if (block.Tail is { } tail)
        {
            _p.SpaceIfNotBol();
            PrintExpr(tail, FixupContext.NewStmt());
        }
        var empty = block.Statements.IsEmpty && block.Tail is null;
        if (!empty) _p.BreakOffsetIfNotBol(1, -IndentUnit);
        Word("}");
        if (closeOuterBox) _p.End();
    }

    private void PrintStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case LetStatementSyntax l:
                PrintLet(l);
                break;
            case ItemStatementSyntax i:
                PrintItem(i.Item);
                break;
            case ExpressionStatementSyntax { HasSemicolon: true } m when IsMacroCall(m.Expression):
                // rustc keeps `name!(...);` as a macro statement, printed without an expression's box.
                _p.SpaceIfNotBol();
                PrintMacroTokens(m.Expression.Span);
                Word(";");
                break;
            case ExpressionStatementSyntax e:
                _p.SpaceIfNotBol();
                PrintExpr(e.Expression, FixupContext.NewStmt());
                if (e.HasSemicolon || Classify.RequiresSemiToBeStmt(e.Expression)) Word(";");
                break;
            case EmptyStatementSyntax:
                _p.SpaceIfNotBol();
                Word(";");
                break;
            default:
                throw new InvalidOperationException($"PrettyPrinter does not know {statement.GetType().Name}");
        }
    }

    /// <summary>`name!(...)`, including a `matches!(...)` the parser has expanded.</summary>
    private static bool IsMacroCall(ExpressionSyntax e) =>
        e is MacroCallExpressionSyntax or MatchExpressionSyntax { IsMatchesMacro: true };

    /// <summary>`let pattern: Type = value else { ... };`</summary>
    private void PrintLet(LetStatementSyntax l)
    {
        _p.SpaceIfNotBol();
        _p.Ibox(IndentUnit);
        _p.WordNbsp("let");
        _p.Ibox(IndentUnit);
        PrintPattern(l.Pattern);
        if (l.Type is { } type)
        {
            _p.WordSpace(":");
            PrintType(type);
        }
        _p.End();
        if (l.Initializer is { } initializer)
        {
            _p.Nbsp();
            _p.WordSpace("=");
            PrintExpr(initializer, FixupContext.Default);
            if (l.Else is { } otherwise)
            {
                _p.Cbox(IndentUnit);
                _p.Ibox(IndentUnit);
                Word(" else ");
                PrintBlock(otherwise);
            }
        }
        Word(";");
        _p.End();
    }

    // ----- Paths -----

    /// <summary>`a::b::&lt;T&gt;`; in an expression or pattern the generic arguments take `::` (<paramref name="turbofish"/>).</summary>
    private void PrintPath(PathSyntax path, bool turbofish)
    {
        for (var i = 0; i < path.Segments.Length; i++)
        {
            if (i > 0) Word("::");
            PrintSegment(path.Segments[i], turbofish);
        }
    }

    private void PrintSegment(PathSegmentSyntax segment, bool turbofish)
    {
        Word(segment.Name.Text);
        var arguments = Items(segment.GenericArgs);
        var bindings = Items(segment.AssociatedTypeArgs);
        if (arguments.Length + bindings.Length > 0)
        {
            if (turbofish) Word("::");
            Word("<");
            _p.Rbox(0, Breaks.Inconsistent);
            var first = true;
            foreach (var argument in arguments)
            {
                if (!first) _p.WordSpace(",");
                first = false;
                PrintType(argument);
            }
            foreach (var binding in bindings)
            {
                if (!first) _p.WordSpace(",");
                first = false;
                Word(binding.Name.Text);
                _p.Space();
                _p.WordSpace("=");
                PrintType(binding.Type);
            }
            _p.End();
            Word(">");
        }
        if (segment.FnSugar is { } sugar)
        {
            if (turbofish) Word("::");
            Word("(");
            CommaSeparated(sugar.Parameters, PrintType);
            Word(")");
            PrintReturnType(sugar.Return);
        }
    }

    /// <summary>`&lt;T as Trait&gt;::name`.</summary>
    private void PrintQualifiedPath(TypeSyntax self, PathSyntax? trait, ImmutableArray<PathSegmentSyntax> rest, bool turbofish)
    {
        Word("<");
        PrintType(self);
        if (trait is not null)
        {
            _p.Space();
            _p.WordSpace("as");
            PrintPath(trait, turbofish: false);
        }
        Word(">");
        foreach (var segment in rest)
        {
            Word("::");
            PrintSegment(segment, turbofish);
        }
    }

    // ----- Types -----

    private void PrintType(TypeSyntax type)
    {
        _p.Ibox(0);
        switch (type)
        {
            case PathTypeSyntax p:
                PrintPath(p.Path, turbofish: false);
                break;
            case ReferenceTypeSyntax r:
                Word("&");
                if (r.IsMutable) _p.WordNbsp("mut");
                PrintType(r.Referent);
                break;
            case RawPointerTypeSyntax p:
                Word("*");
                _p.WordNbsp(p.IsMutable ? "mut" : "const");
                PrintType(p.Pointee);
                break;
            case TupleTypeSyntax t:
                _p.Popen();
                CommaSeparated(t.Elements, PrintType);
                if (t.Elements.Length == 1) Word(",");
                _p.Pclose();
                break;
            case ArrayTypeSyntax a:
                Word("[");
                PrintType(a.Element);
                Word("; ");
                PrintExpr(a.Length, FixupContext.Default);
                Word("]");
                break;
            case SliceTypeSyntax s:
                Word("[");
                PrintType(s.Element);
                Word("]");
                break;
            case DynTraitTypeSyntax d:
                _p.WordNbsp("dyn");
                PrintBounds(d.Bounds);
                break;
            case ImplTraitTypeSyntax i:
                _p.WordNbsp("impl");
                PrintBounds(i.Bounds);
                break;
            case FnPointerTypeSyntax f:
                _p.Ibox(IndentUnit);
                Word("fn");
                Word("(");
                CommaSeparated(f.Parameters, parameter =>
                {
                    _p.Ibox(IndentUnit);
                    PrintType(parameter);
                    _p.End();
                });
                Word(")");
                PrintReturnType(f.Return);
                _p.End();
                break;
            case NeverTypeSyntax:
                Word("!");
                break;
            case InferTypeSyntax:
                Word("_");
                break;
            case QualifiedPathTypeSyntax q:
                PrintQualifiedPath(q.SelfType, q.Trait, q.Rest, turbofish: false);
                break;
            default:
                throw new InvalidOperationException($"PrettyPrinter does not know {type.GetType().Name}");
        }
        _p.End();
    }

    /// <summary>` -> Type` after a parameter list.</summary>
    private void PrintReturnType(TypeSyntax? type)
    {
        if (type is null) return;
        _p.SpaceIfNotBol();
        _p.Ibox(IndentUnit);
        _p.WordSpace("->");
        PrintType(type);
        _p.End();
    }

    private void PrintBounds(ImmutableArray<TypeBoundSyntax> bounds)
    {
        for (var i = 0; i < bounds.Length; i++)
        {
            if (i > 0)
            {
                _p.Nbsp();
                _p.WordSpace("+");
            }
            if (bounds[i].IsMaybe) Word("?");
            PrintPath(bounds[i].Trait, turbofish: false);
        }
    }

    // ----- Patterns -----

    private void PrintPattern(PatternSyntax pattern)
    {
        switch (pattern)
        {
            case WildcardPatternSyntax:
                Word("_");
                break;
            case RestPatternSyntax:
                Word("..");
                break;
            case IdentifierPatternSyntax i:
                if (i.IsRef) _p.WordNbsp("ref");
                if (i.IsMutable) _p.WordNbsp("mut");
                Word(i.Name.Text);
                if (i.SubPattern is { } sub)
                {
                    _p.Space();
                    _p.WordSpace("@");
                    PrintOperandPattern(sub);
                }
                break;
            case LiteralPatternSyntax { IsNegated: false } l:
                PrintExpr(l.Literal, FixupContext.Default);
                break;
            case LiteralPatternSyntax l:
                // rustc's pattern `-5` is the expression `-5`: a unary minus in its own box.
                _p.Ibox(IndentUnit);
                Word("-");
                PrintExpr(l.Literal, FixupContext.Default);
                _p.End();
                break;
            case RangePatternSyntax r:
                if (r.Start is { } start) PrintPattern(start);
                Word(r.IsInclusive ? "..=" : "..");
                if (r.End is { } end) PrintPattern(end);
                break;
            case TuplePatternSyntax t:
                _p.Popen();
                CommaSeparated(t.Elements, PrintPattern);
                if (t.Elements.Length == 1) Word(",");
                _p.Pclose();
                break;
            case SlicePatternSyntax s:
                Word("[");
                CommaSeparated(s.Elements, PrintPattern);
                Word("]");
                break;
            case TupleStructPatternSyntax t:
                PrintPath(t.Path, turbofish: true);
                _p.Popen();
                CommaSeparated(t.Elements, PrintPattern);
                _p.Pclose();
                break;
            case StructPatternSyntax s:
                PrintStructPattern(s);
                break;
            case PathPatternSyntax p:
                PrintPath(p.Path, turbofish: true);
                break;
            case OrPatternSyntax o:
                _p.Rbox(0, Breaks.Inconsistent);
                for (var i = 0; i < o.Alternatives.Length; i++)
                {
                    if (i > 0)
                    {
                        _p.Space();
                        _p.WordSpace("|");
                    }
                    PrintPattern(o.Alternatives[i]);
                }
                _p.End();
                break;
            case ReferencePatternSyntax r:
                Word("&");
                if (r.IsMutable) Word("mut ");
                // `&(mut x)`: without the parentheses `&mut x` would be a different pattern.
                if (r.Inner is IdentifierPatternSyntax { IsRef: false, IsMutable: true })
                {
                    _p.Popen();
                    PrintPattern(r.Inner);
                    _p.Pclose();
                }
                else
                {
                    PrintOperandPattern(r.Inner);
                }
                break;
            default:
                throw new InvalidOperationException($"PrettyPrinter does not know {pattern.GetType().Name}");
        }
    }

    /// <summary>
    /// The pattern after `@` or `&amp;`. ToyRust's AST drops the parentheses of a pattern, but an
    /// or-pattern there must have been written in them (`n @ (1 | 2)`), and rustc prints them.
    /// </summary>
    private void PrintOperandPattern(PatternSyntax pattern)
    {
        if (pattern is not OrPatternSyntax)
        {
            PrintPattern(pattern);
            return;
        }
        _p.Popen();
        PrintPattern(pattern);
        _p.Pclose();
    }

    /// <summary>`Path { a, b: p, .. }`: the fields break consistently.</summary>
    private void PrintStructPattern(StructPatternSyntax s)
    {
        PrintPath(s.Path, turbofish: true);
        _p.Nbsp();
        Word("{");
        var empty = s.Fields.IsEmpty && !s.HasRest;
        if (!empty) _p.Space();
        CommaSeparated(s.Fields, field =>
        {
            _p.Cbox(IndentUnit);
            if (!field.IsShorthand)
            {
                Word(field.Name.Text);
                _p.WordNbsp(":");
            }
            PrintPattern(field.Pattern);
            _p.End();
        }, Breaks.Consistent);
        if (s.HasRest)
        {
            if (!s.Fields.IsEmpty) _p.WordSpace(",");
            Word("..");
        }
        if (!empty) _p.Space();
        Word("}");
    }

    // ----- Lists -----

    /// <summary>rustc's `commasep`: the items in a box of their own, `,` and a break between them.</summary>
    private void CommaSeparated<T>(ImmutableArray<T> items, Action<T> print, Breaks breaks = Breaks.Inconsistent)
    {
        _p.Rbox(0, breaks);
        var first = true;
        foreach (var item in Items(items))
        {
            if (!first)
            {
                Word(",");
                _p.SpaceIfNotBol();
            }
            first = false;
            print(item);
        }
        _p.End();
    }

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
