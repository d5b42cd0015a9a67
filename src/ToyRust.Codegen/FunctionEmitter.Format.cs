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

    private LLVMValueRef EmitPrint(BoundPrint p)
    {
        var buffer = EmitFormat(p.Format);
        _module.Runtime.Call(_builder, _module.Runtime.Print, ConstI32((int)p.Stream), buffer);
        return UnitValue;
    }

    private LLVMValueRef EmitPanic(BoundPanic p)
    {
        CallPanic(EmitFormat(p.Message), p.Span);
        return UnitValue;
    }

    private void CallPanic(LLVMValueRef buffer, TextSpan span)
    {
        var (line, column) = Location(span);
        var path = _module.Options.Source.Path;
        _module.Runtime.Call(_builder, _module.Runtime.Panic, buffer, _module.StringBytes(path),
            ConstI64(Encoding.UTF8.GetByteCount(path)), ConstI32((int)line), ConstI32((int)column));
        _builder.BuildUnreachable();
        StartDeadBlock();
    }

    private LLVMValueRef EmitFormat(BoundFormat format)
    {
        var values = format.Arguments.Select(a => (Value: EmitExpression(a), Type: Resolve(a.Type))).ToArray();
        var buffer = NewBuffer();
        foreach (var piece in format.Pieces)
        {
            if (piece is FormatText t) AppendText(buffer, t.Text);
            else if (piece is FormatHole h) AppendValue(buffer, values[h.ArgumentIndex].Value, values[h.ArgumentIndex].Type, h.Spec);
        }
        return buffer;
    }

    /// <summary>Formats one value into the buffer according to its type and the hole's spec.</summary>
    private void AppendValue(LLVMValueRef buffer, LLVMValueRef value, TypeSymbol type, FormatSpec spec)
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
                AppendValue(buffer, _builder.BuildLoad2(Lower(r.Referent), value, ""), r.Referent, spec);
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
                AppendSequence(buffer, value, [.. t.Elements], "(", t.Elements.Count == 1 ? ",)" : ")", spec);
                break;
            case ArrayType a:
                AppendSequence(buffer, value, [.. Enumerable.Repeat(a.Element, (int)a.Length)], "[", "]", spec);
                break;
        }
    }

    private void AppendInteger(LLVMValueRef buffer, LLVMValueRef value, PrimitiveType p, LLVMValueRef specPtr)
    {
        var bits = p.Kind.BitWidth();
        var wide = bits < 64 ? (p.IsSignedInteger ? _builder.BuildSExt(value, _context.Int64, "") : _builder.BuildZExt(value, _context.Int64, ""))
            : bits > 64 ? _builder.BuildTrunc(value, _context.Int64, "") : value;
        _module.Runtime.Call(_builder, _module.Runtime.BufInt, buffer, wide, ConstI32(Math.Min(bits, 64)), ConstI32(p.IsSignedInteger ? 1 : 0), specPtr);
    }

    /// <summary>Debug of tuples and arrays: `(1, true)`, `[1, 2]`; the spec applies to each element, as in Rust.</summary>
    private void AppendSequence(LLVMValueRef buffer, LLVMValueRef value, TypeSymbol[] elements, string open, string close, FormatSpec spec)
    {
        AppendText(buffer, open);
        for (var i = 0; i < elements.Length; i++)
        {
            if (i > 0) AppendText(buffer, ", ");
            AppendValue(buffer, _builder.BuildExtractValue(value, (uint)i, ""), elements[i], spec);
        }
        AppendText(buffer, close);
    }
}
