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
    /// <summary>
    /// Checks a program. The prelude's bodies are checked when something asks for them
    /// (<see cref="BoundProgram.Body"/>: the mono collector, for what the program reaches);
    /// <paramref name="wholePrelude"/> checks them all now, as the tests that hold the prelude to
    /// the checker, the MIR validator and the borrow checker do.
    /// </summary>
    public static CheckResult Check(SyntaxTree tree, bool wholePrelude = false)
    {
        var program = new ProgramChecker(tree.Source, wholePrelude);
        return program.Run(tree.Root);
    }
}

/// <summary>The state shared by all bodies of one program (items in ProgramChecker.Items.cs, types in ProgramChecker.Types.cs).</summary>
internal sealed partial class ProgramChecker(SourceText source, bool wholePrelude = false)
{
    private readonly bool _wholePrelude = wholePrelude;

    /// <summary>The prelude's bodies not checked yet, with the scope each is checked in (see <see cref="BodyOf"/>).</summary>
    private readonly Dictionary<FunctionSymbol, Scope> _preludeBodies = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every body checked so far, the program's and the prelude's, closures included.</summary>
    private readonly Dictionary<FunctionSymbol, BoundFunction> _checked = new(ReferenceEqualityComparer.Instance);

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<BoundFunction> _functions = [];
    private readonly Queue<(FunctionSymbol Symbol, Scope Scope)> _pendingBodies = new();

    public SourceText Source { get; } = source;

    /// <summary>Impl selection over the impls declared so far (the list grows while items are declared).</summary>
    public Traits.TraitSolver Solver => _solver ??= new Traits.TraitSolver(_impls, LangItems);

    private Traits.TraitSolver? _solver;

    /// <summary>The prelude's items: what `std::…` and `core::…` paths name, even where a program's item shadows the name.</summary>
    public Scope PreludeScope { get; private set; } = null!;

    /// <summary>Every trait of the program, for method lookup by name.</summary>
    public List<TraitSymbol> AllTraits { get; } = [];

    /// <summary>Variants usable without their enum's name (`Some`, `None`, `Ok`, `Err` from the prelude).</summary>
    public Dictionary<string, VariantSymbol> ImportedVariants { get; } = new(StringComparer.Ordinal);

    /// <summary>The same variants as symbols (match witnesses print them without their enum).</summary>
    public HashSet<VariantSymbol> ImportedVariantSymbols { get; } = [];

    public void Report(Diagnostic diagnostic)
    {
        if (_inPrelude && diagnostic.IsError)
        {
            var at = Prelude.PreludeSource.Tree.Source.GetPosition(diagnostic.Span.Start);
            throw new InvalidOperationException($"the prelude does not check: {diagnostic.Message} (prelude.rs:{at.Line}:{at.Column})");
        }
        _diagnostics.Add(diagnostic);
    }

    /// <summary>
    /// Declares the prelude's items in the outermost scope, and its `Option`/`Result` variants as
    /// names of their own (`Some(1)`, `None`), as Rust's prelude does.
    /// </summary>
    private Scope DeclarePrelude()
    {
        var scope = new Scope(null, isItemBoundary: true);
        PreludeScope = scope;
        _inPrelude = true;
        DeclareItems(Prelude.PreludeSource.Tree.Root.Items, scope);
        DefineLangItems(Prelude.PreludeSource.Tree.Root.Items, scope);
        MarkCoerceUnsized();
        _inPrelude = false;
        foreach (var adt in new[] { LangItems.Option, LangItems.Result })
        {
            foreach (var variant in adt.Variants)
            {
                ImportedVariants[variant.Name] = variant;
                ImportedVariantSymbols.Add(variant);
            }
        }
        return scope;
    }

    public CheckResult Run(CompilationUnitSyntax root)
    {
        var scope = new Scope(DeclarePrelude(), isItemBoundary: true);
        DeclareItems(root.Items, scope);
        CheckDynUses();
        CheckPendingBodies();
        CheckOpaqueCycles();
        ReportProgramLangItems();
        ReportCopyWithDestructor();
        ReportUnsatisfiedDerives();
        var main = scope.LookupFunction("main");
        if (main is null)
        {
            Report(SemanticDiagnostics.NoMain(EndOfFile(), Path.GetFileNameWithoutExtension(Source.Path)));
        }
        else if (main.Declaration is { IsUnsafe: true, Body: { } body } declaration)
        {
            var end = body.Span.Start;
            while (end > declaration.Span.Start && char.IsWhiteSpace(Source.Text[end - 1])) end--;
            Report(SemanticDiagnostics.UnsafeMain(TextSpan.FromBounds(declaration.Span.Start, end)));
        }
        else if (main.Declaration is { ReturnType: { } returnType } && !main.ReturnType.ContainsError)
        {
            CheckMainReturnType(returnType.Span, main.ReturnType);
        }
        var ordered = _diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Severity).ToImmutableArray();
        return new CheckResult(new BoundProgram([.. _functions], [.. _impls], main, LangItems) { RecursionLimit = RecursionLimit(root), BodySource = BodyOf }, ordered);
    }

    private void CheckPendingBodies()
    {
        while (_pendingBodies.Count > 0)
        {
            var (symbol, itemScope) = _pendingBodies.Dequeue();
            var checker = new FunctionChecker(this, symbol, itemScope);
            var body = checker.CheckBody();
            _functions.Add(body);
            _checked[body.Symbol] = body;
            foreach (var closure in checker.ClosureBodies)
            {
                _functions.Add(closure);
                _checked[closure.Symbol] = closure;
            }
            CheckDynUses();
        }
    }

    /// <summary>
    /// The checked body of <paramref name="function"/>, or null when it has none (a trait's required
    /// method, an intrinsic). A prelude function's body is checked here the first time it is asked
    /// for, after the program's check: the tests check the prelude whole (Checker.Check's
    /// wholePrelude), so an error here is an internal one.
    /// </summary>
    public BoundFunction? BodyOf(FunctionSymbol function)
    {
        if (_checked.TryGetValue(function, out var body)) return body;
        if (!_preludeBodies.Remove(function, out var scope)) return null;
        var before = _diagnostics.Count;
        _pendingBodies.Enqueue((function, scope));
        CheckPendingBodies();
        if (_diagnostics.Skip(before).FirstOrDefault(d => d.IsError) is { } error)
            throw new InvalidOperationException($"the prelude's `{function.Name}` does not check: {error.Message}");
        return _checked[function];
    }

    /// <summary>
    /// `main` returns a type that implements `Termination`: `()`, `!`, `Infallible`, or a `Result`
    /// of one with an error that is `Debug`. Else E0277 as rustc words it, for the part that fails.
    /// </summary>
    private void CheckMainReturnType(TextSpan span, TypeSymbol type)
    {
        var termination = new TraitRef(LangItems.Trait(LangItem.Termination), ValueArray<TypeSymbol>.Empty);
        if (Solver.Implements(type, termination)) return;
        if (type is AdtType { Adt.LangItem: LangItem.Result } result)
        {
            var (ok, error) = (result.Arguments[0], result.Arguments[1]);
            if (!Solver.Implements(ok, termination))
                Report(SemanticDiagnostics.TraitNotImplemented(span, ok, termination).WithNote($"required for `{type}` to implement `Termination`"));
            else
                Report(SemanticDiagnostics.MainErrorNotDebug(span, type, error, error is AdtType { Adt.IsPrelude: false }));
            return;
        }
        Report(SemanticDiagnostics.InvalidMainReturnType(span, type));
    }

    /// <summary>E0184: `#[derive(Copy)]` on a type that also has a `Drop` impl (a copy would be dropped twice).</summary>
    private void ReportCopyWithDestructor()
    {
        foreach (var impl in _impls)
        {
            if (impl.Trait is not { } implemented || !LangItems.Is(implemented.Trait, LangItem.Drop)) continue;
            if (impl.SelfType is AdtType { Adt: { IsPrelude: false } adt } && adt.Derives.Contains(LangItem.Copy))
                Report(SemanticDiagnostics.CopyWithDestructor(NameSpan(adt.Declaration)));
        }
    }

    /// <summary>
    /// A derive needs every field to implement the trait (the derived impl calls the fields'
    /// methods): `#[derive(PartialEq)] struct S { p: Point }` without `Point: PartialEq` is E0369,
    /// and Clone, PartialOrd, Default and Debug are E0277, at the field's type; Copy is E0204 at the
    /// type. Fields whose types mention the type's parameters are left to the bounds the derive adds.
    /// </summary>
    private void ReportUnsatisfiedDerives()
    {
        foreach (var adt in _programAdts)
        {
            foreach (var (field, syntax) in FieldsWithSyntax(adt).Where(f => f.Field.Type.IsConcrete && !f.Field.Type.ContainsError))
            {
                foreach (var derive in adt.Derives.Order())
                {
                    if (derive is LangItem.Eq or LangItem.Ord || Solver.Implements(field.Type, new TraitRef(LangItems.Trait(derive), ValueArray<TypeSymbol>.Empty))) continue;
                    Report(derive == LangItem.Copy
                        ? SemanticDiagnostics.CopyNotAllowed(NameSpan(adt.Declaration))
                        : SemanticDiagnostics.DeriveFieldMissingTrait(syntax.Span, field.Type, derive, adt.IsEnum));
                }
            }
        }
    }

    private static IEnumerable<(FieldSymbol Field, FieldSyntax Syntax)> FieldsWithSyntax(AdtSymbol adt) => adt.Declaration switch
    {
        // A declaration that failed part-way (a field of an unknown type) may have no variant.
        StructItemSyntax s when adt.Variants.Length > 0 => adt.Variants[0].Fields.Zip(s.Fields),
        EnumItemSyntax e => adt.Variants.Zip(e.Variants).SelectMany(v => v.First.Fields.Zip(v.Second.Fields)),
        _ => [],
    };

    private static TextSpan NameSpan(ItemSyntax item) => item switch
    {
        StructItemSyntax s => s.Name.Span,
        EnumItemSyntax e => e.Name.Span,
        _ => item.Span,
    };

    /// <summary>`#![recursion_limit = "N"]`, as in Rust; 128 otherwise.</summary>
    private static int RecursionLimit(CompilationUnitSyntax root)
    {
        var attribute = root.InnerAttributes.FirstOrDefault(a => a.Name.Text == "recursion_limit");
        return attribute?.Value is { } text && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : BoundProgram.DefaultRecursionLimit;
    }
}
