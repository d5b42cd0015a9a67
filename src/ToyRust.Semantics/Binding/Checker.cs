using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>The checked program and everything the checker had to say about it.</summary>
public sealed record CheckResult(BoundProgram Program, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The checker: name resolution and type checking, from the AST to the bound tree.
///
/// Terms. An *item* is a top-level or block-level declaration (fn, const). A *body* is checked
/// by a <see cref="FunctionChecker"/>, which owns the body's scopes and its
/// <see cref="InferenceTable"/>: every expression gets a type, possibly an inference variable
/// that later unification solves (`let x = 5;` is `{integer}` until something says `i64`).
///
/// Order. (1) Collect the items of the file into the root scope, so that a function may call one
/// declared below it. (2) Resolve signatures. (3) Evaluate consts. (4) Check each body, in source
/// order; a body that declares nested items queues them. (5) Lints that need the whole body
/// (unused variables) run when a body is finished.
///
/// Errors never throw: each is a <see cref="Diagnostic"/>, and an expression with an error gets
/// the error type, which unifies with everything so that one mistake gives one message.
///
/// Entry point: <see cref="Check"/>.
/// </summary>
public static class Checker
{
    public static CheckResult Check(SyntaxTree tree)
    {
        var program = new ProgramChecker(tree.Source);
        return program.Run(tree.Root);
    }
}

/// <summary>The state shared by all bodies of one program.</summary>
internal sealed class ProgramChecker(SourceText source)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<BoundFunction> _functions = [];
    private readonly Queue<(FunctionSymbol Symbol, Scope Scope)> _pendingBodies = new();

    public SourceText Source { get; } = source;

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public CheckResult Run(CompilationUnitSyntax root)
    {
        var scope = new Scope(null, isItemBoundary: true);
        DeclareItems(root.Items, scope);
        while (_pendingBodies.Count > 0)
        {
            var (symbol, itemScope) = _pendingBodies.Dequeue();
            _functions.Add(new FunctionChecker(this, symbol, itemScope).CheckBody());
        }
        var main = scope.LookupFunction("main");
        if (main is null)
        {
            var crate = Path.GetFileNameWithoutExtension(Source.Path);
            var end = new TextSpan(Math.Max(0, Source.Text.TrimEnd().Length - 1), Source.Text.TrimEnd().Length > 0 ? 1 : 0);
            Report(SemanticDiagnostics.NoMain(end, crate));
        }
        var ordered = _diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Severity).ToImmutableArray();
        return new CheckResult(new BoundProgram([.. _functions], main), ordered);
    }

    /// <summary>Declares the items of a file or block in <paramref name="scope"/> and queues their bodies.</summary>
    public void DeclareItems(IEnumerable<ItemSyntax> items, Scope scope)
    {
        var list = items.ToList();
        foreach (var c in list.OfType<ConstItemSyntax>()) DeclareConst(c, scope);
        foreach (var item in list)
        {
            switch (item)
            {
                case FunctionItemSyntax f:
                    DeclareFunction(f, scope);
                    break;
                case ConstItemSyntax:
                    break;
                default:
                    Report(SemanticDiagnostics.UnsupportedFeature(item.Span, "this kind of item"));
                    break;
            }
        }
    }

    private void DeclareFunction(FunctionItemSyntax f, Scope scope)
    {
        if (!f.Generics.Parameters.IsDefaultOrEmpty || f.SelfParam is not null)
            Report(SemanticDiagnostics.UnsupportedFeature(f.Name.Span, "generic functions and methods"));
        var parameters = f.Parameters.Select(p => new LocalSymbol(ParameterName(p), ResolveType(p.Type), IsMutableBinding(p.Pattern), p.Pattern.Span)).ToImmutableArray();
        var ret = f.ReturnType is null ? TypeSymbol.Unit : ResolveType(f.ReturnType);
        var symbol = new FunctionSymbol(f.Name.Text, parameters, ret, f);
        if (!scope.TryDeclareFunction(symbol))
        {
            Report(SemanticDiagnostics.DuplicateDefinition(f.Name.Span, f.Name.Text));
            return;
        }
        if (f.Body is not null) _pendingBodies.Enqueue((symbol, scope));
    }

    private void DeclareConst(ConstItemSyntax c, Scope scope)
    {
        var type = ResolveType(c.Type);
        object? value = null;
        if (c.Value is not null)
        {
            var checker = new FunctionChecker(this, new FunctionSymbol(c.Name.Text, [], type, null), scope);
            var bound = checker.CheckConstInitializer(c.Value, type);
            value = ConstEvaluator.Evaluate(bound, out var failure);
            if (value is null && failure is not null) Report(failure);
        }
        if (!scope.TryDeclareConst(new ConstSymbol(c.Name.Text, type, value, c.Span)))
            Report(SemanticDiagnostics.DuplicateDefinition(c.Name.Span, c.Name.Text));
    }

    private static string ParameterName(ParameterSyntax p) => p.Pattern is IdentifierPatternSyntax id ? id.Name.Text : "_";

    private static bool IsMutableBinding(PatternSyntax p) => p is IdentifierPatternSyntax { IsMutable: true };

    /// <summary>Resolves a written type; unknown names are reported and become the error type.</summary>
    public TypeSymbol ResolveType(TypeSyntax syntax)
    {
        switch (syntax)
        {
            case PathTypeSyntax { Path.Segments.Length: 1 } p when PrimitiveKindFacts.FromName(p.Path.Last.Text) is { } kind:
                return new PrimitiveType(kind);
            case PathTypeSyntax p:
                Report(SemanticDiagnostics.UnknownType(p.Span, p.Path.ToString()));
                return TypeSymbol.Error;
            case TupleTypeSyntax t:
                return new TupleType(new ValueArray<TypeSymbol>(t.Elements.Select(ResolveType)));
            case ReferenceTypeSyntax r:
                return new ReferenceType(ResolveType(r.Referent), r.IsMutable);
            case ArrayTypeSyntax a:
                return new ArrayType(ResolveType(a.Element), EvaluateArrayLength(a.Length));
            case NeverTypeSyntax:
                return TypeSymbol.Never;
            default:
                Report(SemanticDiagnostics.UnsupportedFeature(syntax.Span, "this kind of type"));
                return TypeSymbol.Error;
        }
    }

    private long EvaluateArrayLength(ExpressionSyntax length)
    {
        if (length is IntegerLiteralSyntax lit && lit.Value <= long.MaxValue) return (long)lit.Value;
        Report(SemanticDiagnostics.UnsupportedFeature(length.Span, "array lengths other than integer literals"));
        return 0;
    }
}
