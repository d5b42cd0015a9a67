using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Mono;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// The generics seam: everything code generation does with a type that may have come from a type
/// parameter goes through here, and nowhere else.
/// <list type="bullet">
/// <item><see cref="TypeOf"/>: the type a body's type stands for in this instance (`T` → `i32`);</item>
/// <item><see cref="Layout"/>: how a value of that type is stored — its size and alignment — which
///   is also how it is copied or moved (a load and a store of that LLVM type);</item>
/// <item><see cref="Callee"/>: which function a call of the body reaches, a trait method resolved
///   for this instance's `Self` (`&lt;T as PartialOrd&gt;::gt` → `&lt;i32 as PartialOrd&gt;::gt`, or a
///   compiler shim such as `&lt;(i32, i32) as PartialOrd&gt;::lt`).</item>
/// <item><see cref="DropGlue"/>: which drop glue a `drop` runs, if any (`T` = `i32` needs none).</item>
/// <item><see cref="Vtable"/>: which vtable an unsizing to `dyn` pairs its pointer with (`&amp;T` →
///   `&amp;dyn Shape` is `&lt;i32 as Shape&gt;`'s vtable in the `T = i32` instance).</item>
/// </list>
/// ToyRust implements the
/// seam by <see cref="Monomorphization"/>: one copy of the body per set of type arguments, with
/// every answer known at compile time. docs/mir.md ("The generics seam") describes how a second
/// strategy — one shared copy of a generic body with a dictionary (Go) or witness table (Swift)
/// passed at run time — would answer the same three questions.
/// </summary>
internal interface IGenericsStrategy
{
    TypeSymbol TypeOf(TypeSymbol bodyType);

    LLVMTypeRef Layout(TypeSymbol bodyType);

    /// <param name="block">The block whose `call` terminator it is.</param>
    MonoFunction Callee(BasicBlock block);

    /// <summary>The drop glue a `drop` terminator runs (`drop_in_place::&lt;T&gt;`), or null when the type needs no drop in this instance.</summary>
    /// <param name="block">The block whose `drop` terminator it is.</param>
    MonoFunction? DropGlue(BasicBlock block);
    /// <param name="at">The block and index of the unsizing statement.</param>
    MonoVtable Vtable((BasicBlock Block, int Statement) at);

    /// <summary>The function whose address a reifying statement (`double as fn(i32) -> i32`) takes.</summary>
    MonoFunction Reified((BasicBlock Block, int Statement) at);
}

/// <summary>The seam answered by substitution: the instance's type arguments replace its type parameters.</summary>
internal sealed class Monomorphization(MonoFunction item, TypeLowering types) : IGenericsStrategy
{
    private readonly ResolutionMemo _memo = new();

    public TypeSymbol TypeOf(TypeSymbol bodyType) => item.Resolve(bodyType, _memo);

    public LLVMTypeRef Layout(TypeSymbol bodyType) => types.Lower(TypeOf(bodyType));

    /// <summary>The collector resolved every call of the item already (<see cref="MonoFunction.Callees"/>).</summary>
    public MonoFunction Callee(BasicBlock block) => item.Callees[block];

    /// <summary>The collector gave a `drop` a callee only where the concrete type needs drop.</summary>
    public MonoFunction? DropGlue(BasicBlock block) => item.Callees.GetValueOrDefault(block);
    /// <summary>The collector made the vtable of each unsizing of the item (<see cref="MonoFunction.Vtables"/>).</summary>
    public MonoVtable Vtable((BasicBlock Block, int Statement) at) => item.Vtables[at];

    public MonoFunction Reified((BasicBlock Block, int Statement) at) => item.Reified[at];
}
