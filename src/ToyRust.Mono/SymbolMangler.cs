using System.Globalization;
using System.Text;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Mono;

/// <summary>
/// Symbol names in Rust's v0 mangling (RFC 2603), which binutils' `nm -C`, `objdump -C`, gdb and
/// perf demangle with no extra tool:
/// <code>
/// toyrust_program::fib            _RNvC15toyrust_program3fib
/// toyrust_program::max::&lt;i32&gt;    _RINvC15toyrust_program3maxlE
/// &lt;toyrust_program::Point&gt;::area  _RNvMC15toyrust_programNtC15toyrust_program5Point4area
/// &lt;Point as std::Add&gt;::add        _RNvXC15toyrust_program...NtC3std3Add3add
/// </code>
/// `_R` starts a symbol; `C` a crate root; `N v|t` a nested value/type path; `M`/`X` an
/// inherent/trait impl; `I ... E` generic arguments; `l` is i32 (a letter per primitive type).
/// Items of the prelude belong to the crate `std`.
/// </summary>
public static class SymbolMangler
{
    public const string CrateName = "toyrust_program";
    public const string PreludeCrate = "std";

    /// <summary>The vtable shim of a method whose symbol is <paramref name="method"/>: v0's shim namespace `S` around the method's path, named `vtable` as rustc names it.</summary>
    public static string VtableShim(string method) => "_RNS" + method[2..] + "6vtable";

    public static string Mangle(FunctionSymbol function, ValueArray<TypeSymbol> args)
    {
        var sb = new StringBuilder("_R");
        if (function.Closure is { } closure)
        {
            AppendClosure(sb, closure, args);
            return sb.ToString();
        }
        if (function.Constructor is { } variant)
        {
            AppendConstructor(sb, variant, args);
            return sb.ToString();
        }
        var own = args.Skip(args.Count - function.OwnGenericCount).ToArray();
        if (own.Length > 0) sb.Append('I');
        AppendFunctionPath(sb, function, args);
        if (own.Length > 0)
        {
            foreach (var t in own) AppendType(sb, t);
            sb.Append('E');
        }
        return sb.ToString();
    }

    /// <summary>The name `--print mono-items` shows: `max::&lt;i32&gt;`, `Pair::&lt;i32&gt;::new`, `&lt;Point as Add&gt;::add`.</summary>
    public static string Display(FunctionSymbol function, ValueArray<TypeSymbol> args)
    {
        var own = args.Skip(args.Count - function.OwnGenericCount).ToArray();
        var suffix = own.Length == 0 ? "" : $"::<{string.Join(", ", own.Select(Format))}>";
        var outer = args.Take(args.Count - function.OwnGenericCount).ToArray();
        if (function.Constructor is { } variant)
        {
            var owner = FormatTurbofish(new AdtType(variant.Owner, args));
            return variant.Owner.IsEnum ? $"{owner}::{variant.Name}" : owner;
        }
        if (function.Trait is { } trait)
            return $"<{Format(outer[0])} as {TraitDisplay(trait, outer[0], outer.Skip(1))}>::{function.Name}{suffix}";
        if (function.OwningImpl is { Trait: { } implemented } impl)
        {
            var self = SelfOf(impl, outer);
            var traitArgs = implemented.Arguments.Select(a => Substitute(a, impl, outer));
            return $"<{Format(self)} as {TraitDisplay(implemented.Trait, self, traitArgs)}>::{function.Name}{suffix}";
        }
        if (function.OwningImpl is { } inherent)
            return $"{FormatTurbofish(SelfOf(inherent, outer))}::{function.Name}{suffix}";
        if (function.Closure is { } closure) return ClosureDisplay(closure, args);
        if (function.Parent is { } parent) return $"{ParentDisplay(parent)}::{function.Name}{suffix}";
        if (function.Module is { } module) return $"{module.Name}::{function.Name}{suffix}";
        return function.Name + suffix;
    }

    public static string DisplayType(TypeSymbol type) => Format(type);

    /// <summary>`main::{closure#0}`, `apply::&lt;i32&gt;::{closure#1}`: the enclosing item at the instance's arguments, then the closure's number.</summary>
    private static string ClosureDisplay(ClosureSymbol closure, ValueArray<TypeSymbol> args)
    {
        var parent = closure.Enclosing is { } enclosing ? ClosureDisplay(enclosing, args) : Display(closure.Parent, args);
        return $"{parent}::{{closure#{closure.Index}}}";
    }

    /// <summary>
    /// v0's closure path: `NC` (closure namespace), the enclosing path, the closure's number as a
    /// disambiguator (`s_` for 1, `s0_` for 2, none for 0) and an empty name (`0`); with the
    /// enclosing item's generic arguments after it (`I … E`) when it has any.
    /// </summary>
    private static void AppendClosure(StringBuilder sb, ClosureSymbol closure, ValueArray<TypeSymbol> args)
    {
        if (args.Count > 0) sb.Append('I');
        AppendClosurePath(sb, closure);
        if (args.Count == 0) return;
        foreach (var a in args) AppendType(sb, a);
        sb.Append('E');
    }

    private static void AppendClosurePath(StringBuilder sb, ClosureSymbol closure)
    {
        sb.Append("NC");
        if (closure.Enclosing is { } enclosing) AppendClosurePath(sb, enclosing);
        else AppendParentPath(sb, closure.Parent);
        if (closure.Index > 0)
        {
            sb.Append('s');
            if (closure.Index > 1) sb.Append(Base62(closure.Index - 2));
            sb.Append('_');
        }
        sb.Append('0');
    }

    private static string Base62(long value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var text = "";
        do
        {
            text = Digits[(int)(value % 62)] + text;
            value /= 62;
        }
        while (value > 0);
        return text;
    }

    /// <summary>The path of a function that declares items: `bar`, `Struct::bar`, `bar::baz` (rustc leaves its generic arguments out).</summary>
    private static string ParentDisplay(FunctionSymbol parent) =>
        parent.Parent is { } grandparent ? $"{ParentDisplay(grandparent)}::{parent.Name}"
        : parent.OwningImpl is { Trait: null } impl ? $"{impl.SelfType}::{parent.Name}"
        : parent.DisplayName;

    /// <summary>
    /// `PartialOrd`, `Add&lt;i64&gt;`, `SomeGenericTrait&lt;u64&gt;`. Trailing arguments equal to their
    /// parameter's default `Self` are left out, as rustc leaves out a defaulted `Rhs = Self`
    /// (`&lt;Meters as PartialOrd&gt;::gt`, for an impl's method and for a trait's default method
    /// alike); an argument of a parameter without a default is printed even when it is `Self`
    /// (`&lt;AppError as From&lt;AppError&gt;&gt;::from`).
    /// </summary>
    private static string TraitDisplay(TraitSymbol trait, TypeSymbol self, IEnumerable<TypeSymbol> args)
    {
        var list = args.ToList();
        while (list.Count > 0 && list[^1] == self && list.Count <= trait.ParameterDefaults.Length && trait.ParameterDefaults[list.Count - 1] is not null)
            list.RemoveAt(list.Count - 1);
        return list.Count == 0 || list.All(a => a is ErrorType) ? trait.Name : $"{trait.Name}<{string.Join(", ", list.Select(Format))}>";
    }

    private static TypeSymbol SelfOf(ImplSymbol impl, TypeSymbol[] args) =>
        GenericSubstitution.Apply(impl.SelfType, impl.GenericParameters, new ValueArray<TypeSymbol>(args));

    private static TypeSymbol Substitute(TypeSymbol t, ImplSymbol impl, TypeSymbol[] args) =>
        GenericSubstitution.Apply(t, impl.GenericParameters, new ValueArray<TypeSymbol>(args));

    private static string Format(TypeSymbol t) => t.ToString();

    /// <summary>`Pair::&lt;i32&gt;`, `&lt;*mut i64&gt;` as a path prefix (rustc's expression-position spelling).</summary>
    private static string FormatTurbofish(TypeSymbol t) => t switch
    {
        AdtType { Arguments.Count: > 0 } a => $"{a.Adt.Name}::<{string.Join(", ", a.Arguments.Select(Format))}>",
        RawPointerType or SliceType => $"<{Format(t)}>",
        _ => Format(t),
    };

    /// <summary>
    /// A constructor: the struct's or variant's path in the constructor namespace `c` with an empty
    /// name, its arguments around it (`INcNtNtC4core6option6Option4Some0lE`), as rustc's v0.
    /// </summary>
    private static void AppendConstructor(StringBuilder sb, VariantSymbol variant, ValueArray<TypeSymbol> args)
    {
        if (args.Count > 0) sb.Append('I');
        sb.Append("Nc");
        if (variant.Owner.IsEnum) sb.Append("Nt");
        sb.Append("Nt");
        AppendCrate(sb, variant.Owner.IsPrelude ? PreludeCrate : CrateName);
        AppendIdentifier(sb, variant.Owner.Name);
        if (variant.Owner.IsEnum) AppendIdentifier(sb, variant.Name);
        sb.Append('0');
        if (args.Count == 0) return;
        foreach (var a in args) AppendType(sb, a);
        sb.Append('E');
    }

    private static void AppendFunctionPath(StringBuilder sb, FunctionSymbol function, ValueArray<TypeSymbol> args)
    {
        sb.Append("Nv");
        var outer = args.Take(args.Count - function.OwnGenericCount).ToArray();
        var crate = function.IsPrelude ? PreludeCrate : CrateName;
        if (function.Trait is { } trait)
        {
            sb.Append('X');
            AppendCrate(sb, CrateName);
            AppendType(sb, outer[0]);
            AppendTraitPath(sb, trait, outer.Skip(1).ToArray());
        }
        else if (function.OwningImpl is { Trait: { } implemented } impl)
        {
            sb.Append('X');
            AppendCrate(sb, crate);
            AppendType(sb, SelfOf(impl, outer));
            AppendTraitPath(sb, implemented.Trait, [.. implemented.Arguments.Select(a => Substitute(a, impl, outer))]);
        }
        else if (function.OwningImpl is { } inherent)
        {
            sb.Append('M');
            AppendCrate(sb, crate);
            AppendType(sb, SelfOf(inherent, outer));
        }
        else if (function.Parent is { } parent)
        {
            AppendParentPath(sb, parent);
        }
        else if (function.Module is { } module)
        {
            sb.Append("Nt");
            AppendCrate(sb, crate);
            AppendIdentifier(sb, module.Name);
        }
        else
        {
            AppendCrate(sb, crate);
        }
        AppendIdentifier(sb, function.Name);
    }

    /// <summary>
    /// The path of the function a nested function is declared in, as a prefix of its path:
    /// `bar::baz` is `NvNvC…3bar3baz`. The parent's generic parameters stay unsubstituted
    /// (a nested function cannot use them). All of them are passed: <see cref="AppendFunctionPath"/>
    /// takes the parent's own off itself, to find its impl's or trait's (`Self` of a closure in
    /// `Iterator::for_each::<F>`).
    /// </summary>
    private static void AppendParentPath(StringBuilder sb, FunctionSymbol parent) =>
        AppendFunctionPath(sb, parent, new ValueArray<TypeSymbol>(parent.GenericParameters.Select(p => (TypeSymbol)new TypeParameterType(p))));

    private static void AppendTraitPath(StringBuilder sb, TraitSymbol trait, TypeSymbol[] args)
    {
        var generic = args.Length > 0 && args.All(a => a is not ErrorType);
        if (generic) sb.Append('I');
        sb.Append("Nt");
        AppendCrate(sb, trait.IsPrelude ? PreludeCrate : CrateName);
        AppendIdentifier(sb, trait.Name);
        if (!generic) return;
        foreach (var a in args) AppendType(sb, a);
        sb.Append('E');
    }

    private static void AppendCrate(StringBuilder sb, string crate)
    {
        sb.Append('C');
        AppendIdentifier(sb, crate);
    }

    private static void AppendType(StringBuilder sb, TypeSymbol type)
    {
        switch (type)
        {
            case PrimitiveType p:
                sb.Append(BasicType(p.Kind));
                break;
            case TupleType { Elements.Count: 0 }:
                sb.Append('u');
                break;
            case TupleType t:
                sb.Append('T');
                foreach (var e in t.Elements) AppendType(sb, e);
                sb.Append('E');
                break;
            case ReferenceType r:
                sb.Append(r.IsMutable ? 'Q' : 'R');
                AppendType(sb, r.Referent);
                break;
            case RawPointerType p:
                sb.Append(p.IsMutable ? 'O' : 'P');
                AppendType(sb, p.Pointee);
                break;
            case ArrayType a:
                sb.Append('A');
                AppendType(sb, a.Element);
                sb.Append('j').Append(a.Length.ToString("x", CultureInfo.InvariantCulture)).Append('_');
                break;
            case SliceType slice:
                sb.Append('S');
                AppendType(sb, slice.Element);
                break;
            case NeverType:
                sb.Append('z');
                break;
            case AdtType adt:
                AppendAdt(sb, adt);
                break;
            case DynType dyn:
                // `D` dyn-bounds (one trait, no binder) `E`, then the erased lifetime `L_`.
                sb.Append('D');
                AppendTraitPath(sb, dyn.Principal.Trait, [.. dyn.Principal.Arguments]);
                sb.Append("EL_");
                break;
            case ClosureType closure:
                AppendClosure(sb, closure.Closure, closure.Arguments);
                break;
            case FnDefType item:
                // A function item's type is its path with its generic arguments, as the function's own symbol.
                sb.Append(Mangle(item.Function, item.Arguments).AsSpan(2));
                break;
            case FunctionType pointer:
                // `F` parameters `E` result: a safe, Rust-ABI `fn` pointer.
                sb.Append('F');
                foreach (var p in pointer.Parameters) AppendType(sb, p);
                sb.Append('E');
                AppendType(sb, pointer.Return);
                break;
            case TypeParameterType or OpaqueType or InferenceVariable or ErrorType:
                sb.Append('p'); // v0's placeholder: a type that is not known (only in a broken program's names)
                break;
            default:
                throw new InvalidOperationException($"SymbolMangler does not know `{type}` ({type.GetType().Name})");
        }
    }

    private static void AppendAdt(StringBuilder sb, AdtType adt)
    {
        var generic = adt.Arguments.Count > 0;
        if (generic) sb.Append('I');
        sb.Append("Nt");
        AppendCrate(sb, adt.Adt.IsPrelude ? PreludeCrate : CrateName);
        AppendIdentifier(sb, adt.Adt.Name);
        if (!generic) return;
        foreach (var a in adt.Arguments) AppendType(sb, a);
        sb.Append('E');
    }

    private static char BasicType(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.I8 => 'a',
        PrimitiveKind.Bool => 'b',
        PrimitiveKind.Char => 'c',
        PrimitiveKind.F64 => 'd',
        PrimitiveKind.Str => 'e',
        PrimitiveKind.F32 => 'f',
        PrimitiveKind.U8 => 'h',
        PrimitiveKind.Isize => 'i',
        PrimitiveKind.Usize => 'j',
        PrimitiveKind.I32 => 'l',
        PrimitiveKind.U32 => 'm',
        PrimitiveKind.I128 => 'n',
        PrimitiveKind.U128 => 'o',
        PrimitiveKind.I16 => 's',
        PrimitiveKind.U16 => 't',
        PrimitiveKind.I64 => 'x',
        PrimitiveKind.U64 => 'y',
        _ => throw new InvalidOperationException($"SymbolMangler does not know the primitive {kind}"),
    };

    private static void AppendIdentifier(StringBuilder sb, string identifier)
    {
        sb.Append(Encoding.UTF8.GetByteCount(identifier).ToString(CultureInfo.InvariantCulture));
        if (identifier.Length > 0 && (char.IsAsciiDigit(identifier[0]) || identifier[0] == '_')) sb.Append('_');
        sb.Append(identifier);
    }
}
