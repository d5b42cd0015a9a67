using System.Collections.Immutable;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Mono;

/// <summary>
/// The monomorphization collector: decides which functions get machine code.
///
/// Terms. A *mono item* is one function body to generate (for generic functions, one per set
/// of type arguments — generics arrive with level L3). A *root* is an item generated
/// unconditionally: `fn main`. A *use* is anything in a generated body that requires another
/// item: today a direct call; later function references, drop glue and unsizing casts to `dyn`.
///
/// Algorithm. Start from the roots; for each item taken from a FIFO worklist, scan its body for
/// uses; an item not seen before is added with the using item as its cause. Functions no root
/// reaches are not generated, as in rustc for executables. The worklist order makes the
/// output deterministic: discovery order from `main`, breadth first.
///
/// Entry point: <see cref="Collect"/>.
/// </summary>
public static class MonoCollector
{
    public static MonoProgram Collect(BoundProgram program)
    {
        var bodies = new Dictionary<FunctionSymbol, BoundFunction>(ReferenceEqualityComparer.Instance);
        foreach (var f in program.Functions) bodies[f.Symbol] = f;
        var items = new Dictionary<FunctionSymbol, MonoFunction>(ReferenceEqualityComparer.Instance);
        var order = ImmutableArray.CreateBuilder<MonoFunction>();
        var worklist = new Queue<MonoFunction>();

        MonoFunction Add(FunctionSymbol symbol, MonoFunction? cause)
        {
            var item = new MonoFunction(bodies[symbol], SymbolMangler.MangleFunction(symbol.Name), SymbolMangler.DisplayFunction(symbol.Name), cause);
            items[symbol] = item;
            order.Add(item);
            worklist.Enqueue(item);
            return item;
        }

        var entry = Add(program.Main!, null);
        while (worklist.Count > 0)
        {
            var item = worklist.Dequeue();
            foreach (var call in BoundTree.DescendantsAndSelf(item.Function.Body).OfType<BoundCall>())
            {
                if (!items.ContainsKey(call.Function)) Add(call.Function, item);
            }
        }
        return new MonoProgram(order.ToImmutable(), entry);
    }
}
