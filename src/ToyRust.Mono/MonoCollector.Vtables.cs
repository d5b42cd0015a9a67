using System.Collections.Immutable;
using System.Globalization;
using ToyRust.Mir;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mono;

/// <summary>The collector's vtables: see "Vtables" in <see cref="MonoCollector"/>'s design comment.</summary>
public static partial class MonoCollector
{
    private sealed partial class Collector
    {
        private readonly Dictionary<(TypeSymbol, TraitRef), MonoVtable> _vtables = [];
        private readonly ImmutableArray<MonoVtable>.Builder _vtableList = ImmutableArray.CreateBuilder<MonoVtable>();

        public ImmutableArray<MonoVtable> Vtables => _vtableList.ToImmutable();

        /// <summary>The unsizing statements of one block: each from a concrete type uses that type's vtable.</summary>
        private void AddVtables(MonoFunction item, BasicBlock block)
        {
            var statements = item.Body[block].Statements;
            for (var s = 0; s < statements.Length && Failure is null; s++)
            {
                if (statements[s] is not AssignStatement { Rvalue: UnsizeRvalue unsize } assign) continue;
                var source = item.Resolve(PlaceTypes.Of(item.Body, unsize.Operand));
                if (source.UnsizePointee() is not { } pointee || pointee is DynType) continue;
                if (item.Resolve(unsize.Target).UnsizePointee() is not DynType target) continue;
                item.SetVtable(block, s, AddVtable(pointee, target.Principal, item, assign.Span));
            }
        }

        /// <summary>
        /// The reifying statements of one block: a function item made a pointer is a use of its
        /// instance (rustc's `ReifyFnPointer` in `visit_rvalue`), an item even if never called.
        /// </summary>
        private void AddReified(MonoFunction item, BasicBlock block)
        {
            var statements = item.Body[block].Statements;
            for (var s = 0; s < statements.Length && Failure is null; s++)
            {
                if (statements[s] is not AssignStatement { Rvalue: ReifyRvalue reify } assign) continue;
                var target = item.Resolve(PlaceTypes.Of(item.Body, reify.Operand)) switch
                {
                    FnDefType fn => resolver.ResolveFunction(fn.Function, fn.Arguments),
                    // A closure that captures nothing: its `call_once` shim, which takes its arguments spread (rustc's `ClosureFnPointer`).
                    ClosureType closure => resolver.ResolveFunction(langItems.CallMethod(ClosureKind.FnOnce), new ValueArray<TypeSymbol>([closure, closure.ArgumentsTuple])),
                    var other => throw new InvalidOperationException($"reifying a `{other}`"),
                };
                if (Add(target, item, assign.Span) is { } reached) item.SetReified(block, s, reached);
            }
        }

        /// <summary>The vtable of a concrete type for a trait, made with its method items the first time.</summary>
        private MonoVtable AddVtable(TypeSymbol type, TraitRef principal, MonoFunction cause, TextSpan span)
        {
            if (_vtables.TryGetValue((type, principal), out var known)) return known;
            var symbol = "vtable." + _vtableList.Count.ToString(CultureInfo.InvariantCulture);
            var vtable = new MonoVtable(type, principal, VtableLayout.Entries(principal), symbol, cause);
            _vtables[(type, principal)] = vtable;
            _vtableList.Add(vtable);
            // Slot 0: the type's drop glue, an item because the vtable refers to it (null when nothing needs dropping).
            if (drops.NeedsDrop(type) && Add(new ShimTarget(dropInPlace, new ValueArray<TypeSymbol>([type])), cause, span) is { } glue) vtable.DropGlue = glue;
            for (var slot = 0; slot < vtable.Layout.Length && Failure is null; slot++)
            {
                switch (vtable.Layout[slot])
                {
                    case MethodEntry m:
                        var args = new ValueArray<TypeSymbol>([type, .. m.Trait.Arguments]);
                        CallTarget target = m.Method.SelfKind == Syntax.Ast.SelfParamKind.Value ? new VtableShimTarget(m.Method, args) : resolver.ResolveFunction(m.Method, args);
                        if (Add(target, cause, span) is { } method) vtable.SetMethod(slot, method);
                        break;
                    case TraitVPtrEntry v:
                        vtable.SetSupertable(slot, AddVtable(type, v.Trait, cause, span));
                        break;
                }
            }
            return vtable;
        }
    }
}
