using ToyRust.Semantics.Symbols;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// One lexical scope: locals (shadowing is a new symbol in the same or an inner scope) and
/// the items declared in the block. A function body's outermost scope is an item boundary:
/// a nested `fn` sees outer items but not outer locals.
/// </summary>
internal sealed class Scope(Scope? parent, bool isItemBoundary = false)
{
    private readonly Dictionary<string, LocalSymbol> _locals = [];
    private readonly Dictionary<string, FunctionSymbol> _functions = [];
    private readonly Dictionary<string, ConstSymbol> _consts = [];
    private readonly Dictionary<string, AdtSymbol> _types = [];
    private readonly Dictionary<string, TraitSymbol> _traits = [];
    private readonly Dictionary<string, Scope> _modules = [];
    private readonly Dictionary<string, VariantSymbol> _variants = [];
    private readonly Dictionary<string, Syntax.Ast.TypeAliasItemSyntax> _aliases = [];

    /// <summary>The prelude module whose items this scope holds, or null.</summary>
    public ModuleSymbol? Module { get; init; }

    public Scope? Parent { get; } = parent;

    public void Declare(LocalSymbol local) => _locals[local.Name] = local;

    public bool TryDeclareFunction(FunctionSymbol function) => _functions.TryAdd(function.Name, function);

    public bool TryDeclareConst(ConstSymbol constant) => _consts.TryAdd(constant.Name, constant);

    public bool TryDeclareType(AdtSymbol type) => _types.TryAdd(type.Name, type);

    public bool TryDeclareTrait(TraitSymbol trait) => _traits.TryAdd(trait.Name, trait);

    public bool TryDeclareModule(Scope module) => _modules.TryAdd(module.Module!.Name, module);

    /// <summary>A type alias of a prelude module (`fmt::Result`), resolved where it is named, in this scope.</summary>
    public bool TryDeclareAlias(Syntax.Ast.TypeAliasItemSyntax alias) => _aliases.TryAdd(alias.Name.Text, alias);

    /// <summary>An alias declared in this scope itself: `fmt::Result` is the module's, `Result` outside it the enum.</summary>
    public Syntax.Ast.TypeAliasItemSyntax? LookupOwnAlias(string name) => _aliases.GetValueOrDefault(name);

    /// <summary>An enum variant imported by `use` (`use Shape::*;`), named without its enum here and in inner scopes.</summary>
    public void DeclareVariant(string name, VariantSymbol variant) => _variants[name] = variant;

    public VariantSymbol? LookupVariant(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._variants.TryGetValue(name, out var v)) return v;
        }
        return null;
    }

    /// <summary>The items of a module (`ptr` in `ptr::null`), looked up here and in the enclosing scopes.</summary>
    public Scope? LookupModule(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._modules.TryGetValue(name, out var m)) return m;
        }
        return null;
    }

    /// <summary>The functions declared in this scope itself (a module's, for `use std::ptr::*`), in declaration order.</summary>
    public IEnumerable<FunctionSymbol> OwnFunctions => _functions.Values;

    /// <summary>A function declared in this scope itself (a module's `ptr::null`), not in an enclosing one.</summary>
    public FunctionSymbol? LookupOwnFunction(string name) => _functions.GetValueOrDefault(name);

    public TraitSymbol? LookupTrait(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._traits.TryGetValue(name, out var t)) return t;
        }
        return null;
    }

    public AdtSymbol? LookupType(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._types.TryGetValue(name, out var t)) return t;
        }
        return null;
    }

    public LocalSymbol? LookupLocal(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._locals.TryGetValue(name, out var local)) return local;
            if (s.IsItemBoundary) return null;
        }
        return null;
    }

    public FunctionSymbol? LookupFunction(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._functions.TryGetValue(name, out var f)) return f;
        }
        return null;
    }

    public ConstSymbol? LookupConst(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._consts.TryGetValue(name, out var c)) return c;
        }
        return null;
    }

    private bool IsItemBoundary { get; } = isItemBoundary;
}
