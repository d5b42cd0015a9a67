using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Which library pointers unsize: the prelude says it as std does, with an impl of the
/// `coerce_unsized` lang item trait,
/// <code>
/// impl&lt;T: ?Sized, U: ?Sized&gt; CoerceUnsized&lt;Rc&lt;U&gt;&gt; for Rc&lt;T&gt; {}
/// </code>
/// and each such self type is marked once, right after the prelude's lang items are known
/// (<see cref="AdtSymbol.CoercesUnsized"/>). The coercion itself is the same for all of them: the
/// struct's one field, a pointer, becomes a fat one (FunctionChecker.Unsizing.cs). rustc checks
/// the `T: Unsize&lt;U&gt;` relation the impl would state; ToyRust's coercion sites do that check.
/// </summary>
internal sealed partial class ProgramChecker
{
    private void MarkCoerceUnsized()
    {
        foreach (var impl in _impls)
        {
            if (impl.Trait is { } trait && LangItems.Is(trait.Trait, LangItem.CoerceUnsized) && impl.SelfType is AdtType self)
                self.Adt.CoercesUnsized = true;
        }
    }
}
