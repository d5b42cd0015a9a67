using System.Globalization;
using System.Text;

namespace ToyRust.Analysis.Demangling;

/// <summary>
/// Prints a v0 tree the way libiberty (binutils 2.40, non-verbose) does: crate disambiguators
/// dropped, `::&lt;...&gt;` for generic arguments of value paths and `&lt;...&gt;` in types,
/// `{closure#N}` / `{shim:NAME#N}` for special namespaces, bound lifetimes named `'a`, `'b`, ...
/// from the innermost binder outwards.
///
/// In erasing mode (for <see cref="RustSymbol.Item"/>) the generic arguments of value paths are
/// dropped, and every type or const in an argument position — generic arguments, the pointee of a
/// reference or pointer, array and tuple elements, fn parameters, associated type bindings — prints
/// as `_`. So the self type of an impl keeps only its outermost shape: `Vec&lt;_&gt;`, `[_]`, `&amp;_`.
/// </summary>
internal sealed class V0Printer
{
    /// <summary>A DAG can expand exponentially; names longer than this are refused, not printed.</summary>
    public const int MaxLength = 1 << 18;

    private readonly StringBuilder _out = new();
    private readonly bool _erase;
    private ulong _boundLifetimes;
    private int _depth;

    private V0Printer(bool erase) => _erase = erase;

    public static string Print(V0Path path, bool erase)
    {
        var printer = new V0Printer(erase);
        printer.PrintPath(path, inValue: true);
        return printer._out.ToString();
    }

    // ---- paths ----

    private void PrintPath(V0Path path, bool inValue)
    {
        Enter();
        switch (path)
        {
            case CrateRoot root:
                Append(root.Name);
                break;
            case NestedPath nested:
                PrintPath(nested.Parent, inValue);
                PrintNestedName(nested);
                break;
            case ImplItemPath impl:
                PrintImpl(impl);
                break;
            case GenericPath generic:
                PrintGenericPath(generic, inValue);
                break;
        }
        _depth--;
    }

    private void PrintNestedName(NestedPath nested)
    {
        if (char.IsAsciiLetterLower(nested.Namespace))
        {
            if (nested.Named)
                Append("::").Append(nested.Name);
            return;
        }
        Append("::{").Append(nested.Namespace switch { 'C' => "closure", 'S' => "shim", var ns => ns.ToString() });
        if (nested.Named)
            Append(":").Append(nested.Name);
        Append("#").Append(nested.Disambiguator.ToString(CultureInfo.InvariantCulture)).Append("}");
    }

    private void PrintImpl(ImplItemPath impl)
    {
        Append("<");
        PrintType(impl.SelfType);
        if (impl.Trait is not null)
        {
            Append(" as ");
            PrintPath(impl.Trait, inValue: false);
        }
        Append(">");
    }

    private void PrintGenericPath(GenericPath generic, bool inValue)
    {
        PrintPath(generic.Inner, inValue);
        if (_erase && inValue)
            return;
        Append(inValue ? "::<" : "<");
        PrintGenericArgs(generic.Args);
        Append(">");
    }

    private void PrintGenericArgs(IReadOnlyList<V0GenericArg> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (i > 0)
                Append(", ");
            PrintGenericArg(args[i]);
        }
    }

    private void PrintGenericArg(V0GenericArg arg)
    {
        if (_erase)
        {
            Append("_");
            return;
        }
        switch (arg)
        {
            case LifetimeArg lifetime:
                PrintLifetime(lifetime.Index);
                break;
            case V0Const value:
                Append(value.Text);
                break;
            case V0Type type:
                PrintType(type);
                break;
        }
    }

    // ---- types ----

    /// <summary>A type in an argument position: itself, or `_` when erasing.</summary>
    private void PrintInnerType(V0Type type)
    {
        if (_erase)
            Append("_");
        else
            PrintType(type);
    }

    private void PrintType(V0Type type)
    {
        Enter();
        switch (type)
        {
            case BasicType basic:
                Append(basic.Name);
                break;
            case PathType path:
                PrintPath(path.Path, inValue: false);
                break;
            case RefType reference:
                PrintRef(reference);
                break;
            case PtrType pointer:
                Append(pointer.Mutable ? "*mut " : "*const ");
                PrintInnerType(pointer.Pointee);
                break;
            case ArrayType array:
                PrintArray(array);
                break;
            case TupleType tuple:
                PrintTuple(tuple);
                break;
            case FnType fn:
                PrintFn(fn);
                break;
            case DynType dyn:
                PrintDyn(dyn);
                break;
        }
        _depth--;
    }

    private void PrintRef(RefType reference)
    {
        Append("&");
        if (reference.Lifetime != 0)
        {
            PrintLifetime(reference.Lifetime);
            Append(" ");
        }
        if (reference.Mutable)
            Append("mut ");
        PrintInnerType(reference.Pointee);
    }

    private void PrintArray(ArrayType array)
    {
        Append("[");
        PrintInnerType(array.Element);
        if (array.Length is not null)
            Append("; ").Append(_erase ? "_" : array.Length.Text);
        Append("]");
    }

    private void PrintTuple(TupleType tuple)
    {
        Append("(");
        PrintTypeList(tuple.Elements);
        if (tuple.Elements.Count == 1)
            Append(",");
        Append(")");
    }

    private void PrintTypeList(IReadOnlyList<V0Type> types)
    {
        for (int i = 0; i < types.Count; i++)
        {
            if (i > 0)
                Append(", ");
            PrintInnerType(types[i]);
        }
    }

    private void PrintFn(FnType fn)
    {
        var outer = _boundLifetimes;
        PrintBinder(fn.BoundLifetimes);
        if (fn.Unsafe)
            Append("unsafe ");
        if (fn.Abi is not null)
            Append("extern \"").Append(fn.Abi).Append("\" ");
        Append("fn(");
        PrintTypeList(fn.Params);
        Append(")");
        if (fn.Return is not null)
        {
            Append(" -> ");
            PrintInnerType(fn.Return);
        }
        _boundLifetimes = outer;
    }

    private void PrintDyn(DynType dyn)
    {
        Append("dyn ");
        var outer = _boundLifetimes;
        PrintBinder(dyn.BoundLifetimes);
        for (int i = 0; i < dyn.Traits.Count; i++)
        {
            if (i > 0)
                Append(" + ");
            PrintDynTrait(dyn.Traits[i]);
        }
        _boundLifetimes = outer;
        if (dyn.Lifetime != 0)
        {
            Append(" + ");
            PrintLifetime(dyn.Lifetime);
        }
    }

    /// <summary>A trait bound whose own generic list stays open for the `Name = Type` bindings.</summary>
    private void PrintDynTrait(DynTrait trait)
    {
        bool open = false;
        if (trait.Path is GenericPath generic)
        {
            PrintPath(generic.Inner, inValue: false);
            Append("<");
            PrintGenericArgs(generic.Args);
            open = true;
        }
        else
        {
            PrintPath(trait.Path, inValue: false);
        }
        foreach (var (name, type) in trait.Bindings)
        {
            Append(open ? ", " : "<").Append(name).Append(" = ");
            open = true;
            PrintInnerType(type);
        }
        if (open)
            Append(">");
    }

    // ---- lifetimes ----

    private void PrintBinder(ulong count)
    {
        if (count == 0)
            return;
        Append("for<");
        for (ulong i = 0; i < count; i++)
        {
            if (i > 0)
                Append(", ");
            _boundLifetimes++;
            PrintLifetime(1);
        }
        Append("> ");
    }

    /// <summary>Index 0 is the erased lifetime `'_`; index i is the i-th binder counting from the innermost.</summary>
    private void PrintLifetime(ulong index)
    {
        Append("'");
        if (index == 0)
        {
            Append("_");
            return;
        }
        var depth = _boundLifetimes - index;
        if (depth < 26)
            _out.Append((char)('a' + (int)depth));
        else
            Append("_").Append(depth.ToString(CultureInfo.InvariantCulture));
    }

    // ---- output ----

    private V0Printer Append(string text)
    {
        _out.Append(text);
        if (_out.Length > MaxLength)
            throw new DemangleException("name too long");
        return this;
    }

    private void Enter()
    {
        if (++_depth > V0Parser.MaxDepth)
            throw new DemangleException("nesting too deep");
    }
}
