using ToyRust.Semantics.Symbols;

namespace ToyRust.Semantics.Binding;

internal sealed partial class FunctionChecker
{
    /// <summary>
    /// A variant named without its enum: one a `use` imported into this or an enclosing scope
    /// (`use Shape::*;`, ProgramChecker.UseVariants.cs), or the prelude's `Some`, `None`, `Ok`, `Err`.
    /// </summary>
    private VariantSymbol? LookupVariant(string name) =>
        _scope.LookupVariant(name) ?? _program.ImportedVariants.GetValueOrDefault(name);
}
