using System.Text;
using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Mono;
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
/// fmt = {&amp;buf, spec, 0}; &lt;T as Debug&gt;::fmt(&amp;b', &amp;fmt)  ; Debug of a tuple, array, struct, enum: its shim item
/// __toyrust_print(1, &amp;buf)
/// </code>
/// </summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef NewBuffer()
    {
        var buffer = Alloca(Types.Buffer, "buf");
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
        var (panic, type) = _module.Runtime.Panic;
        CallOrInvoke(type, panic, [buffer, _module.StringBytes(path), ConstI64(Encoding.UTF8.GetByteCount(path)), line, column]);
        _builder.BuildUnreachable();
        StartDeadBlock();
    }

    /// <summary>Formats one primitive value (or `&amp;str`, or a reference to one, or `()`) into the buffer with the hole's spec.</summary>
    private void AppendValue(LLVMValueRef buffer, LLVMValueRef value, TypeSymbol type, FormatSpec spec) =>
        AppendPrimitive(buffer, value, type, _module.Spec(spec), spec.Kind == FormatKind.Debug);

    /// <summary>The runtime call that formats a primitive; <paramref name="specPtr"/> is a constant spec, or the one a `Formatter` carries.</summary>
    private void AppendPrimitive(LLVMValueRef buffer, LLVMValueRef value, TypeSymbol type, LLVMValueRef specPtr, bool debug)
    {
        var rt = _module.Runtime;
        switch (type)
        {
            case ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } }:
                rt.Call(_builder, debug ? rt.BufStrDebug : rt.BufStr, buffer, _builder.BuildExtractValue(value, 0, ""), _builder.BuildExtractValue(value, 1, ""), specPtr);
                break;
            case ReferenceType r:
                AppendPrimitive(buffer, _builder.BuildLoad2(Lower(r.Referent), value, ""), r.Referent, specPtr, debug);
                break;
            case AdtType { Adt.IsString: true }:
                // The `&str` a `String` holds: its vector's pointer (field 0) and length (field 2).
                var bytes = _builder.BuildExtractValue(value, 0, "");
                rt.Call(_builder, debug ? rt.BufStrDebug : rt.BufStr, buffer, _builder.BuildExtractValue(bytes, 0, ""), _builder.BuildExtractValue(bytes, 2, ""), specPtr);
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
            case TupleType { Elements.Count: 0 }:
                rt.Call(_builder, rt.BufStr, buffer, _module.StringBytes("()"), ConstI64(2), specPtr);
                break;
            default:
                throw new InvalidOperationException($"`{type}` is formatted by its `Debug::fmt` item, not in place");
        }
    }

    /// <summary>
    /// `{:?}` of a tuple, array, struct or enum: its `&lt;T as Debug&gt;::fmt(&amp;value, &amp;mut formatter)`
    /// item, with a formatter on the stack that holds the buffer, the hole's spec and indentation 0.
    /// </summary>
    private void CallFormatter(MonoFunction formatter, LLVMValueRef buffer, (LLVMValueRef Value, TypeSymbol Type) argument, FormatSpec spec)
    {
        var value = Alloca(Lower(argument.Type), "debug.value");
        _builder.BuildStore(argument.Value, value);
        var state = Alloca(Types.Formatter, "formatter");
        _builder.BuildStore(buffer, _builder.BuildStructGEP2(Types.Formatter, state, 0, ""));
        _builder.BuildStore(_module.Spec(spec), _builder.BuildStructGEP2(Types.Formatter, state, 1, ""));
        _builder.BuildStore(ConstI32(0), _builder.BuildStructGEP2(Types.Formatter, state, 2, ""));
        var (function, abi) = _module.FunctionFor(formatter);
        CallWithAbi(abi, function, [value, state]);
    }

    /// <summary>A step of a `Debug` shim: a primitive with the formatter's spec, or one of the runtime's `__toyrust_dbg_*` steps.</summary>
    private void EmitDebugStep(DebugCallee step, (LLVMValueRef Value, TypeSymbol Type)[] args)
    {
        var rt = _module.Runtime;
        var formatter = args[^1].Value;
        var shape = ConstI32(step.Shape switch
        {
            DebugShape.Struct => 0,
            DebugShape.TupleStruct => 1,
            DebugShape.List => 2,
            _ => 3,
        });
        var name = _module.StringBytes(step.Name);
        var length = ConstI64(Encoding.UTF8.GetByteCount(step.Name));
        switch (step.Step)
        {
            case DebugStep.Value or DebugStep.DisplayValue:
                var buffer = _builder.BuildLoad2(_context.Pointer, _builder.BuildStructGEP2(Types.Formatter, formatter, 0, ""), "");
                var specPtr = _builder.BuildLoad2(_context.Pointer, _builder.BuildStructGEP2(Types.Formatter, formatter, 1, ""), "");
                AppendPrimitive(buffer, args[0].Value, args[0].Type, specPtr, debug: step.Step == DebugStep.Value);
                break;
            case DebugStep.Open:
                rt.Call(_builder, rt.DebugOpen, formatter, name, length, shape);
                break;
            case DebugStep.Field:
                rt.Call(_builder, rt.DebugField, formatter, shape, _builder.BuildTrunc(args[0].Value, _context.Int32, ""), name, length);
                break;
            case DebugStep.FieldEnd:
                rt.Call(_builder, rt.DebugFieldEnd, formatter);
                break;
            default:
                // A slice's number of parts is known at run time: it comes as an operand before the formatter.
                var count = args.Length == 2 ? _builder.BuildTrunc(args[0].Value, _context.Int32, "") : ConstI32(step.Count);
                rt.Call(_builder, rt.DebugClose, formatter, shape, count);
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
}
