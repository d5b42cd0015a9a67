using System.Collections.Immutable;
using ToyRust.Mir.Building;
using ToyRust.Mir;
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
/// impl's method for the concrete `Self` by <see cref="InstanceResolver.ResolveFunction"/>. An
/// operator on a struct is such a call in MIR (`p + q` calls `&lt;Point as Add&gt;::add`). A method of
/// an impl the compiler provides (`&lt;(i32, i32) as PartialOrd&gt;::lt`, a derived
/// `&lt;P as Clone&gt;::clone`) is a *shim*: its body is built by <see cref="ShimBuilder"/> when the
/// item is first met, and scanned for calls like any other body. A call of an intrinsic
/// (`intrinsics::size_of::&lt;T&gt;`, <see cref="Intrinsic"/>) reaches no item: code generation emits it
/// inline, as rustc does, so the prelude's generic wrappers (`ptr::read::&lt;T&gt;`) are the items
/// `--print mono-items` shows. Later levels add function
/// references, drop glue and unsizing casts to `dyn`, each an explicit MIR operation.
///
/// Vtables. An unsizing cast (`move _2 as &amp;dyn Shape (PointerCoercion(Unsize, …))`, an
/// <see cref="UnsizeRvalue"/>) from a concrete `&amp;Circle` is a use of the vtable of `Circle` for
/// `Shape`: the collector makes it once per (type, trait) pair (<see cref="MonoVtable"/>), and with it
/// an item for EVERY method in it — the trait's and its supertraits' dispatchable methods, called
/// or not — as rustc does; a supertrait vtable that an upcast would load makes its own vtable.
/// A virtual call (<see cref="VirtualCallee"/>) makes nothing: what it may reach is in the
/// vtables. The vtables are in <see cref="MonoProgram.Vtables"/>, and each unsizing statement's
/// vtable in <see cref="MonoFunction.Vtables"/>.
///
/// Function pointers. A reifying cast (`const double as fn(i32) -> i32 (PointerCoercion(ReifyFnPointer, …))`,
/// a <see cref="ReifyRvalue"/>) is a use of the function's instance, called or not; of a closure
/// that captures nothing (`ClosureFnPointer`), a use of its `call_once - shim`, whose machine code
/// takes the arguments spread (<see cref="MonoFunction.SpreadsArguments"/>). Each statement's function
/// is in <see cref="MonoFunction.Reified"/>. A call through a pointer (<see cref="PointerCallee"/>)
/// makes nothing. A function item or pointer handed to a generic `F: Fn*` is called through
/// `Fn::call` and friends, which resolve to their shims (rustc's `FnPtrShim`).
///
/// Result. The collector writes down, for every call of every item, the item it reaches
/// (<see cref="MonoFunction.Callees"/>), so <see cref="MonoProgram"/> is closed: the code generator
/// resolves nothing.
///
/// Algorithm. Start from the roots; take items from a FIFO worklist; scan each body's blocks for
/// calls; an item not seen before is added with the using item as its *cause*. Only reachable
/// instances exist. The order is deterministic: discovery order from `main`, breadth first, calls
/// in block order.
///
/// Recursion limit. Polymorphic recursion (`fn deeper&lt;T&gt;(x: T) { deeper(Wrap(x)) }`) would make
/// items forever. As in rustc, an item's *recursion depth* is how many items of the same function
/// stand on its cause chain from `main` (`deeper::&lt;Wrap&lt;Wrap&lt;i32&gt;&gt;&gt;` has two: `deeper::&lt;i32&gt;`
/// and `deeper::&lt;Wrap&lt;i32&gt;&gt;`); an item deeper than the limit (128, or `#![recursion_limit = "N"]`)
/// is an error, reported as rustc does — "reached the recursion limit while instantiating
/// `deeper::&lt;Wrap&lt;...&gt;&gt;`", at the same instance — with the chain that led there, and
/// collection stops. A long chain of different functions is no recursion, and no error.
///
/// Entry point: <see cref="Collect"/>.
/// </summary>
public static partial class MonoCollector
{
    /// <summary>Collects from `main`, nesting instances at most <see cref="BoundProgram.RecursionLimit"/> deep.</summary>
    public static MonoResult Collect(BoundProgram program, MirProgram mir)
    {
        var solver = new TraitSolver(program.Impls, program.LangItems);
        var shims = new ShimBuilder(program.LangItems, solver, mir.Options);
        var drops = mir.Options.Drops ?? DropTypes.Of(program);
        var resolver = new InstanceResolver(solver, shims, program);
        var collector = new Collector(
            program, mir, resolver, shims, program.LangItems, program.RecursionLimit, program.LangItems.DropInPlaceFn, drops);
        var main = program.Main!;
        var entry = collector.Add(new InstanceTarget(main, ValueArray<TypeSymbol>.Empty), null, main.Declaration!.Name.Span)!;
        // `fn main() -> Result<(), E>`: the entry point passes what main returned to its
        // `Termination::report` (rustc's `lang_start`), a second root.
        var report = main.ReturnType.IsUnit || main.ReturnType is NeverType
            ? null
            : collector.Add(resolver.ResolveFunction(program.LangItems.ReportFn, new ValueArray<TypeSymbol>([main.ReturnType])), null, main.Declaration.Name.Span);
        collector.Run();
        if (collector.Failure is { } failure) return new MonoResult(null, [failure]);
        return new MonoResult(new MonoProgram(collector.Items, entry, program.LangItems) { Vtables = collector.Vtables, Report = report }, []);
    }

    private sealed partial class Collector(
        BoundProgram program, MirProgram mir, InstanceResolver resolver, ShimBuilder shims, LangItems langItems, int limit,
        FunctionSymbol dropInPlace, DropTypes drops)
    {
        private readonly Dictionary<(FunctionSymbol, ValueArray<TypeSymbol>, bool VtableShim), MonoFunction> _seen = [];
        private readonly ImmutableArray<MonoFunction>.Builder _items = ImmutableArray.CreateBuilder<MonoFunction>();
        private readonly Queue<MonoFunction> _worklist = new();

        public ImmutableArray<MonoFunction> Items => _items.ToImmutable();

        public Diagnostic? Failure { get; private set; }

        public MonoFunction? Add(CallTarget target, MonoFunction? cause, TextSpan useSpan)
        {
            var key = (target.Function, target.TypeArguments, target is VtableShimTarget);
            if (_seen.TryGetValue(key, out var existing)) return existing;
            var display = SymbolMangler.Display(target.Function, target.TypeArguments);
            if (ReferenceEquals(target.Function, dropInPlace))
                display = $"std::ptr::drop_in_place::<{SymbolMangler.DisplayType(target.TypeArguments[0])}> - shim(Some({SymbolMangler.DisplayType(target.TypeArguments[0])}))";
            else if (target is VtableShimTarget)
                display += " - shim(vtable)";
            else if (target is ShimTarget && shims.IsClosureOnceShim(target.Function, target.TypeArguments))
                display += " - shim";
            else if (target is ShimTarget && shims.IsRustcShim(target.Function, target.TypeArguments))
                display += $" - shim({SymbolMangler.DisplayType(target.TypeArguments[0])})";
            var depth = RecursionDepth(target.Function, cause);
            if (depth > limit)
            {
                Failure ??= RecursionLimitReached(display, cause, useSpan);
                return null;
            }
            var item = Instantiate(target, display, cause);
            _seen[key] = item;
            _items.Add(item);
            _worklist.Enqueue(item);
            return item;
        }

        /// <summary>How many items of <paramref name="function"/> are on the cause chain (rustc's `recursion_depths` of a def).</summary>
        private static int RecursionDepth(FunctionSymbol function, MonoFunction? cause)
        {
            var depth = 0;
            for (var c = cause; c is not null; c = c.CausedBy)
            {
                if (ReferenceEquals(c.Definition, function)) depth++;
            }
            return depth;
        }

        /// <summary>The item of a target: the builder's body of a program function, or a shim body built now for the concrete types.</summary>
        private MonoFunction Instantiate(CallTarget target, string display, MonoFunction? cause)
        {
            var (function, args) = (target.Function, target.TypeArguments);
            var symbol = SymbolMangler.Mangle(function, args);
            if (target is VtableShimTarget)
                return new MonoFunction(function, args, shims.BuildVtableShim(function, args), null, SymbolMangler.VtableShim(symbol), display, cause);
            if (target is ShimTarget)
                return new MonoFunction(function, args, shims.Build(function, args), null, symbol, display, cause)
                {
                    TrackCaller = shims.TracksCaller(function),
                    SpreadsArguments = shims.IsClosureOnceShim(function, args) && ((ClosureType)args[0]).FieldTypes.IsEmpty,
                };
            return new MonoFunction(function, args, mir[function], program.Body(function)!, symbol, display, cause) { TrackCaller = function.TrackCaller };
        }

        public void Run()
        {
            while (_worklist.Count > 0 && Failure is null)
            {
                var item = _worklist.Dequeue();
                var blocks = item.Body.Blocks;
                for (var b = 0; b < blocks.Length && Failure is null; b++)
                {
                    AddVtables(item, new BasicBlock(b));
                    AddReified(item, new BasicBlock(b));
                    if (blocks[b].Terminator is DropTerminator drop) AddDropGlue(item, new BasicBlock(b), drop);
                    if (blocks[b].Terminator is not CallTerminator call) continue;
                    switch (call.Callee)
                    {
                        case FnCallee { Function.Intrinsic: not null }:
                            break;
                        case FnCallee callee:
                            var typeArguments = new ValueArray<TypeSymbol>(callee.TypeArguments.Select(t => item.Resolve(t)));
                            // A call of `ptr::drop_in_place` is the glue of its type, and nothing at all when the type needs no drop.
                            if (ReferenceEquals(callee.Function, dropInPlace) && !drops.NeedsDrop(typeArguments[0])) break;
                            if (Add(resolver.ResolveFunction(callee.Function, typeArguments), item, call.Span) is { } reached)
                                item.SetCallee(new BasicBlock(b), reached);
                            break;
                        case PrintCallee print:
                            AddFormatters(item, new BasicBlock(b), call, print.Pieces);
                            break;
                        case PanicCallee panic:
                            AddFormatters(item, new BasicBlock(b), call, panic.Pieces);
                            break;
                    }
                }
            }
        }

        /// <summary>
        /// A `drop` of a value whose concrete type needs drop uses that type's drop glue,
        /// `drop_in_place::&lt;T&gt;`, a shim; a drop of any other type is no code and no item.
        /// </summary>
        private void AddDropGlue(MonoFunction item, BasicBlock block, DropTerminator drop)
        {
            var type = item.Resolve(PlaceTypes.Of(item.Body, drop.Place));
            if (!drops.NeedsDrop(type)) return;
            // The glue of a trait object drops through the vtable (code generation), not through itself.
            if (type is DynType && item.IsShim && item.TypeArguments.Count == 1 && item.TypeArguments[0] == type) return;
            if (Add(new ShimTarget(dropInPlace, new ValueArray<TypeSymbol>([type])), item, drop.Span) is { } glue) item.SetCallee(block, glue);
        }

        /// <summary>
        /// `{:?}` of a tuple, array, struct or enum calls `&lt;T as Debug&gt;::fmt`, and `{}` of anything but
        /// a primitive, `str` or `String` calls `&lt;T as Display&gt;::fmt` (rustc's `Argument::new_debug::&lt;T&gt;`
        /// and `new_display::&lt;T&gt;` refer to them the same way). They are remembered by hole, the piece's index.
        /// </summary>
        private void AddFormatters(MonoFunction item, BasicBlock block, CallTerminator call, ImmutableArray<FormatPiece> pieces)
        {
            for (var piece = 0; piece < pieces.Length; piece++)
            {
                if (pieces[piece] is not FormatHole { Spec.Kind: FormatKind.Debug or FormatKind.Display } hole) continue;
                var type = item.Resolve(PlaceTypes.Of(item.Body, call.Arguments[hole.ArgumentIndex]));
                if (!MonoFunction.FormatsThroughItem(type, hole.Spec.Kind)) continue;
                var fmt = hole.Spec.Kind == FormatKind.Debug ? langItems.DebugFmtFn : langItems.DisplayFmtFn;
                var target = resolver.ResolveFunction(fmt, new ValueArray<TypeSymbol>([type]));
                if (Add(target, item, call.Span) is { } formatter) item.SetFormatter(block, piece, formatter);
                if (Failure is not null) return;
            }
        }

        private static Diagnostic RecursionLimitReached(string display, MonoFunction? cause, TextSpan span)
        {
            var chain = new List<string> { display };
            for (var c = cause; c is not null; c = c.CausedBy) chain.Add(c.DisplayName);
            chain.Reverse();
            var shown = chain.Count <= 6 ? chain : [.. chain.Take(4), "…", chain[^1]];
            return Diagnostic.Error(null, $"reached the recursion limit while instantiating `{Shorten(display)}`", span)
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
