using System.Collections.Immutable;
using ToyRust.Mir.Building;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Mono;

/// <summary>The mono items and what the collector had to say (the recursion limit).</summary>
public sealed record MonoResult(MonoProgram? Program, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The monomorphization collector: decides which functions get machine code, and at which types.
///
/// Terms. A *mono item* is one function body at one set of concrete type arguments
/// (`max::&lt;i32&gt;`, `Pair::&lt;bool&gt;::new`); a non-generic function is an item with no arguments.
/// A *root* is an item generated unconditionally: `fn main`. A *use* is a `call` terminator in the
/// item's MIR body (docs/mir.md), the same IR the code generator translates: its callee is a
/// function and type arguments, made concrete with the caller's; a trait method is resolved to the
/// impl's method for the concrete `Self` by <see cref="InstanceResolver.ResolveFunction"/>, the
/// one resolution the code generator also calls. An operator on a struct is such a call in MIR
/// (`p + q` calls `&lt;Point as Add&gt;::add`). Built-in impls such as `i32: PartialOrd` need no
/// item; what their inline code calls (a user `Clone` inside a derived one) is asked of the
/// resolver until they become shims. Later levels add function references, drop glue and
/// unsizing casts to `dyn`, each an explicit MIR operation.
///
/// Algorithm. Start from the roots; take items from a FIFO worklist; scan each body's blocks for
/// calls; an item not seen before is added with the using item as its *cause*. Only reachable
/// instances exist. The order is deterministic: discovery order from `main`, breadth first, calls
/// in block order.
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
    public static MonoResult Collect(BoundProgram program, MirProgram mir)
    {
        var recursionLimit = program.RecursionLimit;
        var bodies = new Dictionary<FunctionSymbol, BoundFunction>(ReferenceEqualityComparer.Instance);
        foreach (var f in program.Functions) bodies[f.Symbol] = f;
        var resolver = new InstanceResolver(new TraitSolver(program.Impls, program.LangItems), program.LangItems, bodies);
        var collector = new Collector(bodies, mir, resolver, recursionLimit);
        var entry = collector.Add(new InstanceTarget(program.Main!, ValueArray<TypeSymbol>.Empty), null, program.Main!.Declaration!.Name.Span)!;
        collector.Run();
        if (collector.Failure is { } failure) return new MonoResult(null, [failure]);
        return new MonoResult(new MonoProgram(collector.Items, entry, resolver, program.LangItems), []);
    }

    private sealed class Collector(Dictionary<FunctionSymbol, BoundFunction> bodies, MirProgram mir, InstanceResolver resolver, int limit)
    {
        private readonly Dictionary<(FunctionSymbol, ValueArray<TypeSymbol>), MonoFunction> _seen = [];
        private readonly ImmutableArray<MonoFunction>.Builder _items = ImmutableArray.CreateBuilder<MonoFunction>();
        private readonly Queue<MonoFunction> _worklist = new();

        public ImmutableArray<MonoFunction> Items => _items.ToImmutable();

        public Diagnostic? Failure { get; private set; }

        public MonoFunction? Add(InstanceTarget target, MonoFunction? cause, TextSpan useSpan)
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
                foreach (var (target, span) in UsesIn(item))
                {
                    Add(target, item, span);
                    if (Failure is not null) return;
                }
            }
        }

        /// <summary>The items the calls of <paramref name="item"/>'s MIR body need, in block order.</summary>
        private IEnumerable<(InstanceTarget Target, TextSpan Span)> UsesIn(MonoFunction item)
        {
            foreach (var block in mir[item.Function.Symbol].Blocks)
            {
                if (block.Terminator is not CallTerminator { Callee: FnCallee callee } call) continue;
                var typeArguments = new ValueArray<TypeSymbol>(callee.TypeArguments.Select(t => item.Resolve(t)));
                switch (resolver.ResolveFunction(callee.Function, typeArguments))
                {
                    case InstanceTarget target:
                        yield return (target, call.Span);
                        break;
                    case BuiltinTarget builtin:
                        foreach (var inner in resolver.UsesOf(builtin)) yield return (inner, call.Span);
                        break;
                }
            }
        }

        private static Diagnostic RecursionLimitReached(MonoFunction item, TextSpan span)
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
