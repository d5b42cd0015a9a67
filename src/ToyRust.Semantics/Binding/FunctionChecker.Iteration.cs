using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `for` loops, desugared in the bound tree as rustc's HIR lowering does (`hir::LoopSource::ForLoop`):
/// <code>
/// for pat in head { body }     →     match IntoIterator::into_iter(head) {
///                                        mut iter => loop {
///                                            match Iterator::next(&amp;mut iter) {
///                                                Some(pat) => body,
///                                                _ => break,
///                                            }
///                                        },
///                                    }
/// </code>
/// so the MIR, the move checker, drop elaboration and the collector see ordinary calls, matches and
/// a loop: the temporaries of `head` live to the end of the loop (they are the match's scrutinee),
/// the iterator is dropped after it, and `<Iter&lt;i32&gt; as Iterator&gt;::next` is a mono item. The
/// iterator's local has no name a program can write. What stays of the `for`: the pattern must be
/// irrefutable (E0005), the body is a `()` block, and `break` takes no value (E0571).
///
/// The types: a head that is an `Iterator` is its own iterator (the prelude's blanket
/// `impl&lt;I: Iterator&gt; IntoIterator for I`); any other `IntoIterator` gives `&lt;H as IntoIterator&gt;::IntoIter`.
/// Arrays have no `IntoIterator` impl yet (that needs const generics): `&amp;[T; N]` is unsized to
/// `&amp;[T]`, and an array of `Copy` values by value is iterated as a copy of it, behind a reference,
/// with the pattern matching through it (`Some(&amp;pat)`), which yields the same values.
/// Integer ranges `a..b` are still built in (<see cref="BoundRangeFor"/>).
/// </summary>
internal sealed partial class FunctionChecker
{
    private BoundExpression CheckFor(ForExpressionSyntax f)
    {
        if (f.Iterable is RangeExpressionSyntax { Start: not null, End: not null } range) return CheckRangeFor(f, range);
        var head = CheckExpression(f.Iterable, null);
        var byCopy = false;
        if (StructurallyResolve(head.Type) is ArrayType array)
        {
            var element = Resolve(array.Element);
            if (element is InferenceVariable { Kind: InferenceKind.General } || !Solver.Implements(element, new TraitRef(LangItems.Trait(LangItem.Copy), ValueArray<TypeSymbol>.Empty)))
                return Unsupported(f.Iterable, "`for` over an array of values that are not `Copy` (iterate over `&array` instead)");
            var copy = new BoundBlock(head.Span, head.Type, [], head);
            head = new BoundAddressOf(head.Span, new ReferenceType(array, false), false, copy);
            byCopy = true;
        }
        head = UnsizeArrayReference(head);
        if (IterationTypes(head, f.Iterable.Span) is not var (iterType, itemType)) return CheckBodyOnly(f);
        var patternType = byCopy ? ((ReferenceType)itemType).Referent : itemType;
        PushScope();
        var pattern = CheckIrrefutablePattern(f.Pattern, patternType, PatternSite.ForLoop);
        MarkInitialized(pattern);
        if (byCopy) pattern = new BoundDerefPattern(pattern.Span, itemType, pattern);
        var context = EnterLoop(f.Label, isLoop: false, TypeSymbol.Unit, kind: "for");
        var body = CheckBlock(f.Body, TypeSymbol.Unit);
        CoerceTo(body, TypeSymbol.Unit, BlockResultSpan(f.Body));
        _loops.RemoveAt(_loops.Count - 1);
        PopScope();
        return DesugarFor(f, head, iterType, itemType, pattern, context.Label, body);
    }

    /// <summary>`&amp;[T; N]` and `&amp;mut [T; N]` iterate as the slice of the array.</summary>
    private BoundExpression UnsizeArrayReference(BoundExpression head) =>
        StructurallyResolve(head.Type) is ReferenceType { Referent: var referent } reference && StructurallyResolve(referent) is ArrayType array
            ? new BoundUnsize(head.Span, new ReferenceType(new SliceType(array.Element), reference.IsMutable), head)
            : head;

    /// <summary>
    /// The iterator's type and the type of its items, or null (and E0277) when the head cannot be
    /// iterated. The associated types are read from the lang-item traits, in the prelude's order:
    /// `Iterator { type Item; }`, `IntoIterator { type Item; type IntoIter; }`.
    /// </summary>
    private (TypeSymbol Iterator, TypeSymbol Item)? IterationTypes(BoundExpression head, TextSpan span)
    {
        var type = StructurallyResolve(head.Type);
        if (type.ContainsError) return null;
        var iterator = new TraitRef(LangItems.Trait(LangItem.Iterator), ValueArray<TypeSymbol>.Empty);
        var intoIterator = new TraitRef(LangItems.Trait(LangItem.IntoIterator), ValueArray<TypeSymbol>.Empty);
        TypeSymbol iterType;
        if (type is not InferenceVariable && Solver.Implements(type, iterator)) iterType = type;
        else if (type is not InferenceVariable && Solver.Implements(type, intoIterator))
            iterType = Projections.Normalize(new ProjectionType(type, intoIterator, intoIterator.Trait.AssociatedTypes[1]));
        else
        {
            Report(SemanticDiagnostics.NotAnIterator(span, Resolve(type), type.IsInteger || type is InferenceVariable { Kind: InferenceKind.Integer }));
            return null;
        }
        return (iterType, Projections.Normalize(new ProjectionType(iterType, iterator, iterator.Trait.AssociatedTypes[0])));
    }

    /// <summary>After an error in the head: the body is still checked (its own errors are reported), with the pattern's names unknown.</summary>
    private BoundErrorExpression CheckBodyOnly(ForExpressionSyntax f)
    {
        PushScope();
        var pattern = CheckPattern(f.Pattern, TypeSymbol.Error, BindingMode.Move, null);
        MarkInitialized(pattern);
        EnterLoop(f.Label, isLoop: false, TypeSymbol.Unit, kind: "for");
        CheckBlock(f.Body, TypeSymbol.Unit);
        _loops.RemoveAt(_loops.Count - 1);
        PopScope();
        return new BoundErrorExpression(f.Span);
    }

    private BoundMatch DesugarFor(ForExpressionSyntax f, BoundExpression head, TypeSymbol iterType, TypeSymbol itemType,
        BoundPattern pattern, LoopLabel label, BoundBlock body)
    {
        var span = f.Iterable.Span;
        var iter = new LocalSymbol("iter", iterType, true, span);
        var intoIter = new BoundCall(span, iterType, LangItems.IntoIterFn, [head.Type], [head]);
        var option = new AdtType(LangItems.Option, new ValueArray<TypeSymbol>([itemType]));
        var borrow = new BoundAddressOf(span, new ReferenceType(iterType, true), true, new BoundLocal(span, iterType, iter));
        var next = new BoundCall(span, option, LangItems.NextFn, [iterType], [borrow]);
        var step = new BoundMatch(span, TypeSymbol.Unit, next,
        [
            new BoundMatchArm(f.Pattern.Span, new BoundVariantPattern(f.Pattern.Span, option, LangItems.OptionSome, [pattern]), null, body),
            new BoundMatchArm(span, new BoundWildcardPattern(span, option), null, new BoundBreak(span, label, null)),
        ]);
        var loop = new BoundLoop(f.Span, TypeSymbol.Unit, label, new BoundBlock(f.Body.Span, TypeSymbol.Unit, [new BoundExpressionStatement(span, step)], null));
        return new BoundMatch(f.Span, TypeSymbol.Unit, intoIter, [new BoundMatchArm(f.Span, new BoundBindingPattern(span, iterType, iter, false, null), null, loop)]);
    }
}
