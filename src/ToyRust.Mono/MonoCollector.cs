using System.Collections.Immutable;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;

namespace ToyRust.Mono;

/// <summary>The mono items and what the collector had to say (the recursion limit).</summary>
public sealed record MonoResult(MonoProgram? Program, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The monomorphization collector: decides which functions get machine code, and at which types.
///
/// Terms. A *mono item* is one function body at one set of concrete type arguments
/// (`max::&lt;i32&gt;`, `Pair::&lt;bool&gt;::new`); a non-generic function is an item with no arguments.
/// A *root* is an item generated unconditionally: `fn main`. A *use* is anything in a generated
/// body that requires another item: a direct call (the callee at the call's type arguments, made
/// concrete by the caller's), a trait method call (resolved to the impl's method for the concrete
/// `Self` by <see cref="InstanceResolver"/>; built-in impls such as `i32: PartialOrd` need no item),
/// and an operator on a struct (`p + q` uses `&lt;Point as Add&gt;::add`). Later levels add function
/// references, drop glue and unsizing casts to `dyn`.
///
/// Algorithm. Start from the roots; take items from a FIFO worklist; scan each body for uses; an
/// item not seen before is added with the using item as its *cause*. Only reachable instances
/// exist. The order is deterministic: discovery order from `main`, breadth first, uses in source
/// order.
///
/// Recursion limit. Polymorphic recursion (`fn deeper&lt;T&gt;(x: T) { deeper(Wrap(x)) }`) would make
/// items forever. An item whose cause chain from `main` is longer than the limit (128, or
/// `#![recursion_limit = "N"]`) is an error, reported as rustc does — "reached the recursion
/// limit while instantiating `deeper::&lt;Wrap&lt;...&gt;&gt;`" — with the chain that led there, and
/// collection stops.
///
/// Open questions. rustc counts recursion depth per item rather than along the whole cause chain;
/// the two agree on polymorphic recursion and differ only for call chains deeper than the limit.
///
/// Entry point: <see cref="Collect"/>.
/// </summary>
public static class MonoCollector
{
    /// <summary>Collects from `main`, nesting instances at most <see cref="BoundProgram.RecursionLimit"/> deep.</summary>
    public static MonoResult Collect(BoundProgram program)
    {
        var recursionLimit = program.RecursionLimit;
        var bodies = new Dictionary<FunctionSymbol, BoundFunction>(ReferenceEqualityComparer.Instance);
        foreach (var f in program.Functions) bodies[f.Symbol] = f;
        var resolver = new InstanceResolver(new TraitSolver(program.Impls, program.LangItems), program.LangItems, bodies);
        var collector = new Collector(bodies, resolver, recursionLimit);
        var entry = collector.Add(new InstanceTarget(program.Main!, ValueArray<TypeSymbol>.Empty), null, program.Main!.Declaration!.Name.Span)!;
        collector.Run();
        if (collector.Failure is { } failure) return new MonoResult(null, [failure]);
        return new MonoResult(new MonoProgram(collector.Items, entry, resolver, program.LangItems), []);
    }

    private sealed class Collector(Dictionary<FunctionSymbol, BoundFunction> bodies, InstanceResolver resolver, int limit)
    {
        private readonly Dictionary<(FunctionSymbol, ValueArray<TypeSymbol>), MonoFunction> _seen = [];
        private readonly ImmutableArray<MonoFunction>.Builder _items = ImmutableArray.CreateBuilder<MonoFunction>();
        private readonly Queue<MonoFunction> _worklist = new();

        public ImmutableArray<MonoFunction> Items => _items.ToImmutable();

        public Diagnostic? Failure { get; private set; }

        public MonoFunction? Add(InstanceTarget target, MonoFunction? cause, Syntax.Text.TextSpan useSpan)
        {
            if (_seen.TryGetValue((target.Function, target.TypeArguments), out var existing)) return existing;
            var item = new MonoFunction(bodies[target.Function], target.TypeArguments,
                SymbolMangler.Mangle(target.Function, target.TypeArguments), SymbolMangler.Display(target.Function, target.TypeArguments), cause);
            if (item.Depth > limit)
            {
                Failure ??= RecursionLimitReached(item, useSpan);
                return null;
            }
            _seen[(target.Function, target.TypeArguments)] = item;
            _items.Add(item);
            _worklist.Enqueue(item);
            return item;
        }

        public void Run()
        {
            while (_worklist.Count > 0 && Failure is null)
            {
                var item = _worklist.Dequeue();
                foreach (var node in BoundTree.DescendantsAndSelf(item.Function.Body))
                {
                    if (Use(item, node) is { } target) Add(target, item, node.Span);
                    if (node is BoundCall call && resolver.Resolve(call, item) is BuiltinTarget builtin)
                    {
                        foreach (var inner in resolver.UsesOf(builtin)) Add(inner, item, node.Span);
                    }
                    if (node is BoundBinary binary && binary.Operator is BinaryOperator.Eq or BinaryOperator.Ne or BinaryOperator.Lt or BinaryOperator.Le or BinaryOperator.Gt or BinaryOperator.Ge)
                    {
                        foreach (var inner in resolver.ComparisonUses(binary.Operator, item.Resolve(binary.Left.Type))) Add(inner, item, node.Span);
                    }
                    if (Failure is not null) return;
                }
            }
        }

        private InstanceTarget? Use(MonoFunction item, BoundNode node) => node switch
        {
            BoundCall call => resolver.Resolve(call, item) as InstanceTarget,
            BoundBinary b => resolver.ResolveOperator(b.Operator, item.Resolve(b.Left.Type), item.Resolve(b.Right.Type))
                ?? resolver.ResolveComparison(b.Operator, item.Resolve(b.Left.Type)),
            BoundUnary { Operator: UnaryOperator.Neg } u => resolver.ResolveNegation(item.Resolve(u.Operand.Type)),
            BoundAssignment { Operator: { } op } a => resolver.ResolveOperator(op, item.Resolve(a.Target.Type), item.Resolve(a.Value.Type), isAssignment: true),
            _ => null,
        };

        private static Diagnostic RecursionLimitReached(MonoFunction item, Syntax.Text.TextSpan span)
        {
            var chain = new List<string>();
            for (var c = item; c is not null; c = c.CausedBy) chain.Add(c.DisplayName);
            chain.Reverse();
            var shown = chain.Count <= 6 ? chain : [.. chain.Take(4), "…", chain[^1]];
            return Diagnostic.Error(null, $"reached the recursion limit while instantiating `{Shorten(item.DisplayName)}`", span)
                .WithNote("the chain of instantiations: " + string.Join(" → ", shown.Select(n => n == "…" ? n : $"`{Shorten(n)}`")) + $" ({chain.Count} items)")
                .WithHelp("consider increasing the recursion limit by adding a `#![recursion_limit = \"256\"]` attribute to your crate");
        }

        /// <summary>rustc elides the middle of very long type names at a type boundary: `deeper::&lt;Wrap&lt;Wrap&lt;...&gt;&gt;&gt;`.</summary>
        private static string Shorten(string name)
        {
            const int Max = 80;
            if (name.Length <= Max) return name;
            var cut = name.LastIndexOf('<', Max) + 1;
            var open = name[..cut];
            var depth = open.Count(c => c == '<') - open.Count(c => c == '>');
            return open + "..." + new string('>', Math.Max(0, depth));
        }
    }
}
