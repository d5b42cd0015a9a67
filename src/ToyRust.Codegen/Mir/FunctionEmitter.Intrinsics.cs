using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// Calls of the prelude's intrinsics (<see cref="Intrinsic"/>), emitted inline instead of as a
/// call: the memory operations the library types are written on.
/// <code>
/// intrinsics::size_of::&lt;(u8, u32)&gt;()        →   i64 8                        (LLVM's ABI size of T)
/// intrinsics::offset::&lt;i64&gt;(p, n)           →   getelementptr inbounds i64, ptr %p, i64 %n
/// intrinsics::read_via_copy::&lt;T&gt;(p)         →   load T, ptr %p
/// intrinsics::write_via_move::&lt;T&gt;(p, v)     →   store T %v, ptr %p
/// intrinsics::copy::&lt;T&gt;(src, dst, n)        →   llvm.memmove(dst, src, n * size_of T)
/// intrinsics::alloc(size, align)             →   __toyrust_alloc(size, align)  (the runtime: malloc, posix_memalign)
/// intrinsics::ptr_metadata::&lt;T&gt;(s)          →   extractvalue { ptr, i64 } %s, 1
/// intrinsics::aggregate_raw_ptr::&lt;T&gt;(p, n)   →   { ptr %p, i64 %n }
/// intrinsics::fmt_write_str(f, s)            →   __toyrust_buf_str(f.buf, s.ptr, s.len, null)
/// intrinsics::fmt_pad(f, s)                  →   __toyrust_fmt_pad(f, s.ptr, s.len)       (the formatter's spec)
/// intrinsics::fmt_width(f)                   →   __toyrust_fmt_query(f, 0)                (-1: none)
/// intrinsics::assume(b)                      →   llvm.assume(i1 %b)
/// </code>
/// size_of and align_of describe ToyRust's own layout, which is what `offset` and the loads use:
/// fields in declaration order (rustc reorders them) and enums as a tag and a payload (rustc
/// packs niches), so a struct or enum may differ in size from rustc's (docs/language.md).
/// </summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef EmitIntrinsic(Intrinsic intrinsic, FnCallee callee, (LLVMValueRef Value, TypeSymbol Type)[] args)
    {
        var machine = _module.Options.Machine;
        var rt = _module.Runtime;
        LLVMTypeRef Element() => Lower(Resolve(callee.TypeArguments[0]));
        switch (intrinsic)
        {
            case Intrinsic.SizeOf:
                return ConstI64((long)machine.AbiSizeOfType(Element()));
            case Intrinsic.AlignOf:
                return ConstI64(machine.AbiAlignmentOfType(Element()));
            case Intrinsic.Offset:
                return _builder.BuildInBoundsGEP2(Element(), args[0].Value, [args[1].Value], "");
            case Intrinsic.ReadViaCopy:
                return Resolve(callee.TypeArguments[0]).IsUnit ? UnitValue : _builder.BuildLoad2(Element(), args[0].Value, "");
            case Intrinsic.WriteViaMove:
                if (!args[1].Type.IsUnit) _builder.BuildStore(args[1].Value, args[0].Value);
                return UnitValue;
            case Intrinsic.Copy or Intrinsic.CopyNonoverlapping:
                EmitMemoryCopy(intrinsic, Element(), args);
                return UnitValue;
            case Intrinsic.Alloc:
                return rt.Call(_builder, rt.Alloc, args[0].Value, args[1].Value);
            case Intrinsic.Dealloc:
                rt.Call(_builder, rt.Dealloc, args[0].Value, args[1].Value, args[2].Value);
                return UnitValue;
            case Intrinsic.Realloc:
                return rt.Call(_builder, rt.Realloc, args[0].Value, args[1].Value, args[2].Value, args[3].Value);
            case Intrinsic.AllocError:
                rt.Call(_builder, rt.AllocError, args[0].Value, args[1].Value);
                return UnitValue;
            case Intrinsic.Forget:
                return UnitValue;
            case Intrinsic.StrLen:
                return _builder.BuildExtractValue(args[0].Value, 1, "");
            case Intrinsic.StrPtr:
                return _builder.BuildExtractValue(args[0].Value, 0, "");
            case Intrinsic.StrFromRawParts:
                var str = _builder.BuildInsertValue(_context.Poison(_module.Types.StrRef), args[0].Value, 0, "");
                return _builder.BuildInsertValue(str, args[1].Value, 1, "");
            case Intrinsic.SizeOfVal or Intrinsic.AlignOfVal:
                return EmitSizeOrAlignOfVal(intrinsic, Resolve(callee.TypeArguments[0]), args[0].Value);
            case Intrinsic.PtrMetadata:
                return _builder.BuildExtractValue(args[0].Value, 1, "");
            case Intrinsic.AggregateRawPtr:
                var fat = _builder.BuildInsertValue(_context.Poison(_module.Types.StrRef), args[0].Value, 0, "");
                return _builder.BuildInsertValue(fat, args[1].Value, 1, "");
            case Intrinsic.WriteStr:
                var buffer = _builder.BuildLoad2(_context.Pointer, _builder.BuildStructGEP2(Types.Formatter, args[0].Value, 0, ""), "");
                rt.Call(_builder, rt.BufStr, buffer, _builder.BuildExtractValue(args[1].Value, 0, ""),
                    _builder.BuildExtractValue(args[1].Value, 1, ""), _context.ConstNull(_context.Pointer));
                return UnitValue;
            case Intrinsic.FormatterPad:
                rt.Call(_builder, rt.FormatterPad, args[0].Value, _builder.BuildExtractValue(args[1].Value, 0, ""), _builder.BuildExtractValue(args[1].Value, 1, ""));
                return UnitValue;
            case Intrinsic.FormatterWidth or Intrinsic.FormatterPrecision:
                return rt.Call(_builder, rt.FormatterQuery, args[0].Value, ConstI32(intrinsic == Intrinsic.FormatterWidth ? 0 : 1));
            case Intrinsic.FormatterFill or Intrinsic.FormatterFlags:
                return _builder.BuildTrunc(rt.Call(_builder, rt.FormatterQuery, args[0].Value, ConstI32(intrinsic == Intrinsic.FormatterFill ? 2 : 3)), _context.Int32, "");
            case Intrinsic.Assume:
                var assume = _module.Module.GetIntrinsicDeclaration("llvm.assume");
                _builder.BuildCall2(_context.Function(_context.Void, [_context.Int1]), assume, [args[0].Value], "");
                return UnitValue;
            default:
                throw new InvalidOperationException($"code generation does not know the intrinsic {intrinsic}");
        }
    }

    /// <summary>`copy(src, dst, count)`: `memmove` (or `memcpy` for the non-overlapping one) of `count` elements.</summary>
    private void EmitMemoryCopy(Intrinsic intrinsic, LLVMTypeRef element, (LLVMValueRef Value, TypeSymbol Type)[] args)
    {
        var bytes = _builder.BuildMul(args[2].Value, ConstI64((long)_module.Options.Machine.AbiSizeOfType(element)), "");
        var align = _module.Options.Machine.AbiAlignmentOfType(element);
        if (intrinsic == Intrinsic.Copy) _builder.BuildMemMove(args[1].Value, align, args[0].Value, align, bytes);
        else _builder.BuildMemCpy(args[1].Value, align, args[0].Value, align, bytes);
    }

    /// <summary>A sized T's size or alignment is a constant; a trait object's is in slots 1 and 2 of its vtable.</summary>
    private LLVMValueRef EmitSizeOrAlignOfVal(Intrinsic intrinsic, TypeSymbol type, LLVMValueRef pointer)
    {
        if (type is DynType)
            return LoadSlotValue(_builder.BuildExtractValue(pointer, 1, ""), intrinsic == Intrinsic.SizeOfVal ? 1 : 2);
        var machine = _module.Options.Machine;
        return intrinsic == Intrinsic.SizeOfVal ? ConstI64((long)machine.AbiSizeOfType(Lower(type))) : ConstI64(machine.AbiAlignmentOfType(Lower(type)));
    }
}
