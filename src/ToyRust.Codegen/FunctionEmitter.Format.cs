using System.Text;
using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

/// <summary>
/// Formatting: `println!("{} and {:?}", a, b)` becomes
/// <code>
/// buf = {null, 0, 0}; a' = a; b' = b;          ; arguments first, once each
/// __toyrust_buf_int(&amp;buf, a', 32, 1, null)
/// __toyrust_buf_str(&amp;buf, " and ", 5, null)
/// ...                                            ; Debug of a tuple: "(", elements, ")"
/// __toyrust_print(1, &amp;buf)
/// </code>
/// </summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef NewBuffer()
    {
        var buffer = Alloca(Types.Buffer, "fmt");
        _builder.BuildStore(_context.ConstNull(Types.Buffer), buffer);
        return buffer;
    }

    private void AppendText(LLVMValueRef buffer, string text)
    {
        if (text.Length == 0) return;
        _module.Runtime.Call(_builder, _module.Runtime.BufStr, buffer, _module.StringBytes(text),
            ConstI64(Encoding.UTF8.GetByteCount(text)), _context.ConstNull(_context.Pointer));
    }

    private void CallPanic(LLVMValueRef buffer, TextSpan span)
    {
        var (line, column) = Location(span);
        var path = _module.Options.Source.Path;
        _module.Runtime.Call(_builder, _module.Runtime.Panic, buffer, _module.StringBytes(path),
            ConstI64(Encoding.UTF8.GetByteCount(path)), line, column);
        _builder.BuildUnreachable();
        StartDeadBlock();
    }

    /// <summary>Formats one value into the buffer according to its type and the hole's spec.</summary>
    private void AppendValue(LLVMValueRef buffer, LLVMValueRef value, TypeSymbol type, FormatSpec spec, int indent = 0)
    {
        var rt = _module.Runtime;
        var specPtr = _module.Spec(spec);
        var debug = spec.Kind == FormatKind.Debug;
        switch (type)
        {
            case ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } }:
                rt.Call(_builder, debug ? rt.BufStrDebug : rt.BufStr, buffer, _builder.BuildExtractValue(value, 0, ""), _builder.BuildExtractValue(value, 1, ""), specPtr);
                break;
            case ReferenceType r:
                AppendValue(buffer, _builder.BuildLoad2(Lower(r.Referent), value, ""), r.Referent, spec, indent);
                break;
            case PrimitiveType { Kind: PrimitiveKind.Bool }:
                rt.Call(_builder, rt.BufBool, buffer, _builder.BuildZExt(value, _context.Int32, ""), specPtr);
                break;
            case PrimitiveType { Kind: PrimitiveKind.Char }:
                rt.Call(_builder, debug ? rt.BufCharDebug : rt.BufChar, buffer, value, specPtr);
                break;
            case PrimitiveType p when p.IsFloat:
                var asDouble = p.Kind == PrimitiveKind.F32 ? _builder.BuildFPExt(value, _context.Double, "") : value;
                rt.Call(_builder, rt.BufFloat, buffer, asDouble, ConstI32(p.Kind == PrimitiveKind.F32 ? 1 : 0), specPtr);
                break;
            case PrimitiveType p when p.IsInteger:
                AppendInteger(buffer, value, p, specPtr);
                break;
            case TupleType t:
                var elements = t.Elements.Select((e, i) => (Value: _builder.BuildExtractValue(value, (uint)i, ""), Type: e)).ToArray();
                AppendSequence(buffer, "", "(", t.Elements.Count == 1 && !spec.Alternate ? ",)" : ")", elements, spec, indent);
                break;
            case ArrayType a:
                var items = Enumerable.Range(0, (int)a.Length).Select(i => (Value: _builder.BuildExtractValue(value, (uint)i, ""), Type: a.Element)).ToArray();
                AppendSequence(buffer, "", "[", "]", items, spec, indent);
                break;
            case AdtType adt:
                AppendAdt(buffer, value, adt, spec, indent);
                break;
        }
    }

    /// <summary>
    /// Integers up to 64 bits go to the runtime widened to an `i64`; `i128`/`u128` as their low and
    /// high halves, `__toyrust_buf_int128(&amp;buf, lo, hi, signed, spec)`.
    /// </summary>
    private void AppendInteger(LLVMValueRef buffer, LLVMValueRef value, PrimitiveType p, LLVMValueRef specPtr)
    {
        var bits = p.Kind.BitWidth();
        var signed = ConstI32(p.IsSignedInteger ? 1 : 0);
        if (bits > 64)
        {
            var low = _builder.BuildTrunc(value, _context.Int64, "");
            var high = _builder.BuildTrunc(_builder.BuildLShr(value, _context.ConstInt(value.TypeOf, 64, false), ""), _context.Int64, "");
            _module.Runtime.Call(_builder, _module.Runtime.BufInt128, buffer, low, high, signed, specPtr);
            return;
        }
        var wide = bits < 64 ? (p.IsSignedInteger ? _builder.BuildSExt(value, _context.Int64, "") : _builder.BuildZExt(value, _context.Int64, "")) : value;
        _module.Runtime.Call(_builder, _module.Runtime.BufInt, buffer, wide, ConstI32(bits), signed, specPtr);
    }

    /// <summary>
    /// Debug of tuples, arrays and tuple structs: `Name(1, true)`, `[1, 2]`; with `{:#?}` one
    /// element per line, indented, each followed by a comma, as Rust's `debug_tuple`/`debug_list`.
    /// The spec (width, `x`, …) applies to each element, as in Rust.
    /// </summary>
    private void AppendSequence(LLVMValueRef buffer, string name, string open, string close, (LLVMValueRef Value, TypeSymbol Type)[] elements, FormatSpec spec, int indent)
    {
        AppendText(buffer, name + open);
        var pretty = spec.Alternate && spec.Kind == FormatKind.Debug;
        for (var i = 0; i < elements.Length; i++)
        {
            if (pretty) AppendText(buffer, "\n" + new string(' ', (indent + 1) * 4));
            else if (i > 0) AppendText(buffer, ", ");
            AppendValue(buffer, elements[i].Value, elements[i].Type, spec, indent + 1);
            if (pretty) AppendText(buffer, ",");
        }
        if (pretty && elements.Length > 0) AppendText(buffer, "\n" + new string(' ', indent * 4));
        AppendText(buffer, close);
    }

    /// <summary>Debug of named fields: `Point { x: 1, y: 2 }`, or with `{:#?}` one field per line.</summary>
    private void AppendNamedFields(LLVMValueRef buffer, string name, (string Name, LLVMValueRef Value, TypeSymbol Type)[] fields, FormatSpec spec, int indent)
    {
        var pretty = spec.Alternate && spec.Kind == FormatKind.Debug;
        AppendText(buffer, name);
        if (fields.Length == 0) return;
        AppendText(buffer, pretty ? " {" : " { ");
        for (var i = 0; i < fields.Length; i++)
        {
            if (pretty) AppendText(buffer, "\n" + new string(' ', (indent + 1) * 4));
            else if (i > 0) AppendText(buffer, ", ");
            AppendText(buffer, fields[i].Name + ": ");
            AppendValue(buffer, fields[i].Value, fields[i].Type, spec, indent + 1);
            if (pretty) AppendText(buffer, ",");
        }
        AppendText(buffer, pretty ? "\n" + new string(' ', indent * 4) + "}" : " }");
    }

    /// <summary>Derived Debug of a struct, or of an enum through a switch over its variants.</summary>
    private void AppendAdt(LLVMValueRef buffer, LLVMValueRef value, AdtType type, FormatSpec spec, int indent)
    {
        if (!type.Adt.IsEnum)
        {
            var variant = type.Adt.Variants[0];
            AppendVariant(buffer, type, variant, [.. variant.Fields.Select(f => _builder.BuildExtractValue(value, (uint)f.Index, ""))], spec, indent);
            return;
        }
        var slot = Alloca(Lower(type), "debug");
        _builder.BuildStore(value, slot);
        var tag = LoadTag(type, slot);
        var done = AppendBlock("debug.done");
        var @switch = _builder.BuildSwitch(tag, done, (uint)type.Adt.Variants.Length);
        foreach (var variant in type.Adt.Variants)
        {
            var block = AppendBlock("debug." + variant.Name);
            @switch.AddCase(_context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)variant.Discriminant), true), block);
            _builder.PositionAtEnd(block);
            var fields = variant.Fields.Select(f => _builder.BuildLoad2(Lower(type.FieldType(f)), FieldPointer(type, variant, slot, f.Index), "")).ToArray();
            AppendVariant(buffer, type, variant, fields, spec, indent);
            _builder.BuildBr(done);
        }
        _builder.PositionAtEnd(done);
    }

    private void AppendVariant(LLVMValueRef buffer, AdtType type, Semantics.Symbols.VariantSymbol variant, LLVMValueRef[] values, FormatSpec spec, int indent)
    {
        var fieldTypes = variant.Fields.Select(type.FieldType).ToArray();
        switch (variant.Kind)
        {
            case Syntax.Ast.StructKind.Named:
                AppendNamedFields(buffer, variant.Name, [.. variant.Fields.Select((f, i) => (f.Name, values[i], fieldTypes[i]))], spec, indent);
                break;
            case Syntax.Ast.StructKind.Tuple:
                AppendSequence(buffer, variant.Name, "(", ")", [.. values.Select((v, i) => (v, fieldTypes[i]))], spec, indent);
                break;
            default:
                AppendText(buffer, variant.Name);
                break;
        }
    }
}
