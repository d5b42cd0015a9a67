using System.Numerics;
using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

internal sealed partial class FunctionEmitter
{
    /// <summary>An integer constant of any width up to 128 bits, two's complement.</summary>
    private LLVMValueRef ConstInteger(LLVMTypeRef type, BigInteger value)
    {
        var bits = type.IntWidth;
        var wrapped = value & ((BigInteger.One << (int)bits) - 1);
        if (bits <= 64) return _context.ConstInt(type, (ulong)wrapped, false);
        var words = new[] { (ulong)(wrapped & ulong.MaxValue), (ulong)(wrapped >> 64) };
        return _context.ConstIntOfArbitraryPrecision(type, words);
    }

    /// <summary>A `&amp;str` value `{ ptr, len }` for a literal.</summary>
    private LLVMValueRef StrSlice(string text) =>
        _context.ConstStruct([_module.StringBytes(text), ConstI64(System.Text.Encoding.UTF8.GetByteCount(text))], packed: false);

    private LLVMValueRef RepeatValue(LLVMValueRef value, TypeSymbol elementType, long count)
    {
        var type = Lower(new ArrayType(elementType, count));
        if (count == 0) return _context.ConstNull(type);
        if (value.IsConstant) return _context.ConstArray(Lower(elementType), [.. Enumerable.Repeat(value, (int)count)]);
        var slot = Alloca(type, "repeat");
        FillArray(slot, type, value, count);
        return _builder.BuildLoad2(type, slot, "");
    }

    /// <summary>Stores <paramref name="element"/> into each of the <paramref name="count"/> elements of the array at <paramref name="array"/>: a loop.</summary>
    private void FillArray(LLVMValueRef array, LLVMTypeRef arrayType, LLVMValueRef element, long count) =>
        ForEachElement(array, arrayType, count, address => _builder.BuildStore(element, address));

    /// <summary>A loop over the <paramref name="count"/> elements of the array at <paramref name="array"/>, <paramref name="write"/> emitting the body for each one's address.</summary>
    private void ForEachElement(LLVMValueRef array, LLVMTypeRef arrayType, long count, Action<LLVMValueRef> write)
    {
        var index = Alloca(_context.Int64, "i");
        _builder.BuildStore(ConstI64(0), index);
        var head = AppendBlock("repeat.head");
        var body = AppendBlock("repeat.body");
        var done = AppendBlock("repeat.done");
        _builder.BuildBr(head);
        _builder.PositionAtEnd(head);
        var i = _builder.BuildLoad2(_context.Int64, index, "");
        _builder.BuildCondBr(_builder.BuildICmp(LLVMIntPredicate.LLVMIntULT, i, ConstI64(count), ""), body, done);
        _builder.PositionAtEnd(body);
        write(_builder.BuildInBoundsGEP2(arrayType, array, [ConstI64(0), i], ""));
        _builder.BuildStore(_builder.BuildAdd(i, ConstI64(1), ""), index);
        _builder.BuildBr(head);
        _builder.PositionAtEnd(done);
    }

    /// <summary>
    /// `index out of bounds: the len is 3 but the index is 5`: one call of the runtime, which
    /// formats the message, as rustc's `panic_bounds_check` does. Formatting it here would put a
    /// buffer, a memset and five calls behind every bounds check, and the bigger function would
    /// be inlined less.
    /// </summary>
    private void EmitBoundsPanic(LLVMValueRef index, LLVMValueRef length, TextSpan span)
    {
        var (line, column) = Location(span);
        var path = _module.Options.Source.Path;
        var (panic, type) = _module.Runtime.PanicBounds;
        CallOrInvoke(type, panic, [index, length, _module.StringBytes(path), ConstI64(System.Text.Encoding.UTF8.GetByteCount(path)), line, column]);
        _builder.BuildUnreachable();
        StartDeadBlock();
    }

    private LLVMValueRef CastValue(LLVMValueRef value, TypeSymbol from, TypeSymbol to)
    {
        var target = Lower(to);
        if (from == to) return value;
        if (to is RawPointerType || from is RawPointerType) return CastPointer(value, from, to, target);
        if (from is AdtType adt) return EmitEnumCast(value, adt, to);
        if (from.IsFloat && to.IsFloat)
            return from == TypeSymbol.F64 ? _builder.BuildFPTrunc(value, target, "") : _builder.BuildFPExt(value, target, "");
        if (from.IsFloat)
        {
            var name = to.IsSignedInteger ? "llvm.fptosi.sat" : "llvm.fptoui.sat";
            var intrinsic = _module.Module.GetIntrinsicDeclaration(name, [target, Lower(from)]);
            return _builder.BuildCall2(_context.Function(target, [Lower(from)]), intrinsic, [value], "");
        }
        if (to.IsFloat)
            return from.IsSignedInteger ? _builder.BuildSIToFP(value, target, "") : _builder.BuildUIToFP(value, target, "");
        var signed = from.IsSignedInteger;
        return _builder.BuildIntCast2(value, target, signed, "");
    }

    /// <summary>
    /// Pointer casts: a reference or raw pointer to a raw pointer is the same `ptr`; a pointer to
    /// an integer is `ptrtoint` (truncating to a narrower type); an integer to a pointer is first
    /// widened to `usize` as its signedness says, as Rust's `as` does, then `inttoptr`.
    /// </summary>
    private LLVMValueRef CastPointer(LLVMValueRef value, TypeSymbol from, TypeSymbol to, LLVMTypeRef target)
    {
        // A fat pointer (`*const [T]`) cast to a thin one or to an integer keeps its address.
        if (TypeFacts.IsFatPointer(from) && !TypeFacts.IsFatPointer(to))
        {
            value = _builder.BuildExtractValue(value, 0, "");
            from = new RawPointerType(TypeSymbol.U8, false);
        }
        if (from is RawPointerType or ReferenceType && to is RawPointerType) return value;
        if (from is RawPointerType) return _builder.BuildPtrToInt(value, target, "");
        var address = _builder.BuildIntCast2(value, Lower(TypeSymbol.Usize), from.IsSignedInteger, "");
        return _builder.BuildIntToPtr(address, target, "");
    }

    private static bool IsUnsignedCompare(TypeSymbol t) => !t.IsSignedInteger;

    private static LLVMIntPredicate IntPredicate(BinaryOperator op, bool unsigned) => op switch
    {
        BinaryOperator.Eq => LLVMIntPredicate.LLVMIntEQ,
        BinaryOperator.Ne => LLVMIntPredicate.LLVMIntNE,
        BinaryOperator.Lt => unsigned ? LLVMIntPredicate.LLVMIntULT : LLVMIntPredicate.LLVMIntSLT,
        BinaryOperator.Le => unsigned ? LLVMIntPredicate.LLVMIntULE : LLVMIntPredicate.LLVMIntSLE,
        BinaryOperator.Gt => unsigned ? LLVMIntPredicate.LLVMIntUGT : LLVMIntPredicate.LLVMIntSGT,
        _ => unsigned ? LLVMIntPredicate.LLVMIntUGE : LLVMIntPredicate.LLVMIntSGE,
    };
}
