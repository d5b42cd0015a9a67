using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// Large values are written where they go, never carried as one LLVM value (as rustc's codegen
/// keeps every aggregate bigger than two scalars in memory). A first-class `load [4096 x i64]`
/// and its `store` make instruction selection expand one operation per element, and SROA at
/// `-O` split the value into thousands of scalars: a 60-line program with a few `[T; 4096]`
/// locals took minutes to optimise. So, when the destination is over 256 bytes:
/// <code>
/// _2 = copy _1                     memcpy(_2, _1, size)
/// _3 = (move _1, const 5_i32)      memcpy(&amp;_3.0, _1, size);  store i32 5, &amp;_3.1
/// _4 = Option::Some(move _1)       store tag 1, &amp;_4.tag;  memcpy(&amp;_4.payload.0, _1, size)
/// _5 = [move _1; 2]                loop: memcpy(&amp;_5[i], _1, size)
/// _6 = [const 0_i64; 4096]         memset(_6, 0, 32768)
/// </code>
/// A field that is itself large is copied with `memcpy`, a small one stored. When an operand
/// reads the destination's own local (`a = [a[0]; 2]`), the value is built in a temporary and
/// copied over, so no field is overwritten before it is read.
/// </summary>
internal sealed partial class FunctionEmitter
{
    /// <summary>Above this many elements an array repeat is written in place, not built as one LLVM value.</summary>
    private const long LargeRepeat = 64;

    /// <summary>A value too large to go through a load and a store of one LLVM value.</summary>
    private bool IsLarge(TypeSymbol type) => _module.Options.Machine.AbiSizeOfType(Lower(type)) > 256;

    private bool EmitsInPlace(AssignStatement assign) => assign.Rvalue switch
    {
        RepeatRvalue { Count: > LargeRepeat } => true,
        RepeatRvalue or AggregateRvalue or UseRvalue { Operand: CopyOperand or MoveOperand } => !_inRegister[assign.Place.Local.Index] && IsLarge(PlaceType(assign.Place)),
        _ => false,
    };

    private void EmitInPlace(AssignStatement assign)
    {
        var (destination, type) = EmitMirPlace(assign.Place);
        if (assign.Rvalue is UseRvalue use)
        {
            EmitCopyInto(destination, use.Operand);
            return;
        }
        var reads = assign.Rvalue switch
        {
            RepeatRvalue r => [r.Operand],
            AggregateRvalue a => a.Operands,
            _ => System.Collections.Immutable.ImmutableArray<Operand>.Empty,
        };
        if (!reads.Any(o => PlaceOf(o) is { } read && read.Local == assign.Place.Local))
        {
            WriteRvalueInto(destination, type, assign.Rvalue);
            return;
        }
        var temporary = Alloca(Lower(type), "inplace");
        WriteRvalueInto(temporary, type, assign.Rvalue);
        CopyBytes(destination, temporary, type);
    }

    private static Place? PlaceOf(Operand operand) => operand switch
    {
        CopyOperand c => c.Place,
        MoveOperand m => m.Place,
        _ => null,
    };

    private void WriteRvalueInto(LLVMValueRef destination, TypeSymbol type, Rvalue rvalue)
    {
        switch (rvalue)
        {
            case RepeatRvalue repeat:
                EmitRepeatInto(destination, repeat);
                break;
            case AggregateRvalue aggregate:
                EmitAggregateInto(destination, type, aggregate);
                break;
            default:
                throw new InvalidOperationException($"{rvalue.GetType().Name} is not written in place");
        }
    }

    /// <summary>An operand into memory: a large place is copied with `memcpy`, anything else stored as a value.</summary>
    private void WriteOperandInto(LLVMValueRef destination, Operand operand)
    {
        if (PlaceOf(operand) is not null && IsLarge(OperandType(operand)))
        {
            EmitCopyInto(destination, operand);
            return;
        }
        _builder.BuildStore(EmitOperand(operand).Value, destination);
    }

    private void EmitCopyInto(LLVMValueRef destination, Operand operand)
    {
        var (source, type) = EmitMirPlace(PlaceOf(operand)!);
        CopyBytes(destination, source, type);
    }

    /// <summary>A `memcpy` of one value of <paramref name="type"/>.</summary>
    private void CopyBytes(LLVMValueRef destination, LLVMValueRef source, TypeSymbol type)
    {
        var bytes = _context.ConstInt(_context.Int64, _module.Options.Machine.AbiSizeOfType(Lower(type)), false);
        _builder.BuildMemCpy(destination, 1, source, 1, bytes);
    }

    /// <summary>A tuple's, closure's, array's, struct's or variant's fields, each at its address (a variant's tag or niche first).</summary>
    private void EmitAggregateInto(LLVMValueRef destination, TypeSymbol type, AggregateRvalue aggregate)
    {
        Func<int, LLVMValueRef> field;
        switch (aggregate.Kind)
        {
            case AdtAggregate adt:
                var adtType = (AdtType)Resolve(adt.Type);
                if (adtType.Adt.IsEnum) WriteDiscriminant(adtType, adt.Variant, destination);
                field = i => FieldPointer(adtType, adt.Variant, destination, i);
                break;
            case ArrayAggregate:
                field = i => _builder.BuildInBoundsGEP2(Lower(type), destination, [ConstI64(0), ConstI64(i)], "");
                break;
            default:
                field = i => _builder.BuildStructGEP2(Lower(type), destination, (uint)i, "");
                break;
        }
        for (var i = 0; i < aggregate.Operands.Length; i++) WriteOperandInto(field(i), aggregate.Operands[i]);
    }

    /// <summary>
    /// `a = [x; N]` straight into the destination: a `memset` when x is all zero bits
    /// (`[false; 100100]`), else a loop, which copies a large x with `memcpy` from its place.
    /// Building the array as one first-class LLVM value and storing it made instruction selection
    /// expand 100,100 stores and overflow the compiler's stack (found by the crash fuzzer).
    /// </summary>
    private void EmitRepeatInto(LLVMValueRef destination, RepeatRvalue repeat)
    {
        var elementType = OperandType(repeat.Operand);
        var arrayType = Lower(new ArrayType(elementType, repeat.Count));
        if (PlaceOf(repeat.Operand) is { } source && IsLarge(elementType))
        {
            var from = EmitMirPlace(source).Pointer;
            ForEachElement(destination, arrayType, repeat.Count, element => CopyBytes(element, from, elementType));
            return;
        }
        var value = EmitOperand(repeat.Operand).Value;
        if (value.IsNullConstant)
        {
            var bytes = _context.ConstInt(_context.Int64, _module.Options.Machine.AbiSizeOfType(arrayType), false);
            _builder.BuildMemSet(destination, _context.ConstInt(_context.Int8, 0, false), bytes, 1);
            return;
        }
        FillArray(destination, arrayType, value, repeat.Count);
    }
}
