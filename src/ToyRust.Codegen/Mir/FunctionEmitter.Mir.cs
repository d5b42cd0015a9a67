using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// Emits a mono item from its MIR body, one LLVM block per MIR block:
/// <code>
/// start:  %_0 = alloca T0 … %_n = alloca Tn     ; every local lives in a stack slot
///         store %arg0, %_1 …                    ; the arguments into _1 … _k
///         br bb0
/// bb0:    statements: place = rvalue            ; GEPs for projections, loads for operands
///         terminator                            ; br / switch / call / assert / ret
/// </code>
/// Types in the body may mention the item's generic parameters; <see cref="Resolve"/> substitutes
/// the instance's type arguments. LLVM's mem2reg turns the slots into registers at opt-level 1+.
/// Entry point: <see cref="EmitMir"/>.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef[] _mirSlots = [];

    /// <summary>Locals kept in LLVM registers, not stack slots (<see cref="RegisterLocals"/>), and their values once assigned.</summary>
    private bool[] _inRegister = [];

    private LLVMValueRef[] _registerValues = [];
    private LLVMBasicBlockRef[] _mirBlocks = [];
    private MirBody? _mirBody;

    /// <summary>The block and index of the statement being emitted (an unsizing finds its vtable by them).</summary>
    private (BasicBlock Block, int Statement) _statementAt;

    private MirBody Body => _mirBody!;

    public void EmitMir(MirBody body)
    {
        _mirBody = body;
        using (_builder)
        {
            _allocaBlock = AppendBlock("start");
            _builder.PositionAtEnd(_allocaBlock);
            _inRegister = RegisterLocals.Find(body, t => IsLarge(t));
            for (var i = 0; i < body.Locals.Length; i++) _inRegister[i] &= !IsCallersMemory(i);
            _registerValues = new LLVMValueRef[body.Locals.Length];
            _mirSlots = [.. body.Locals.Select((l, i) => _inRegister[i] || IsCallersMemory(i) ? default : _builder.BuildAlloca(Lower(l.Type), l.Name ?? $"_{i}"))];
            if (_abi.ReturnMode == PassMode.Indirect) _mirSlots[0] = _function.GetParam(0);
            if (_item.SpreadsArguments) GatherSpreadArguments(body);
            else foreach (var argument in body.Arguments)
            {
                var parameter = _function.GetParam(_abi.LlvmParameter(argument.Index - 1));
                if (IsCallersMemory(argument.Index)) _mirSlots[argument.Index] = parameter;
                else if (_inRegister[argument.Index]) _registerValues[argument.Index] = parameter;
                else _builder.BuildStore(parameter, _mirSlots[argument.Index]);
            }
            _mirBlocks = [.. body.Blocks.Select((_, i) => AppendBlock($"bb{i}"))];
            _builder.BuildBr(_mirBlocks[0]);
            for (var i = 0; i < body.Blocks.Length; i++)
            {
                _builder.PositionAtEnd(_mirBlocks[i]);
                var statements = body.Blocks[i].Statements;
                for (var s = 0; s < statements.Length; s++)
                {
                    _statementAt = (new BasicBlock(i), s);
                    EmitMirStatement(statements[s]);
                }
                EmitTerminator(new BasicBlock(i), body.Blocks[i].Terminator);
            }
            TerminateOpenBlocks();
        }
    }

    private LLVMBasicBlockRef BlockOf(BasicBlock block) => _mirBlocks[block.Index];

    /// <summary>
    /// The prologue of an item that takes its arguments spread (<see cref="MonoFunction.SpreadsArguments"/>):
    /// `self` (`_1`, zero-sized) is made up, and the tuple `_2` is gathered from the parameters.
    /// </summary>
    private void GatherSpreadArguments(MirBody body)
    {
        var (self, args) = (1, 2);
        var tupleType = (TupleType)Resolve(body.Locals[args].Type);
        var tuple = _context.Poison(Lower(tupleType));
        for (var i = 0; i < tupleType.Elements.Count; i++)
        {
            var parameter = _function.GetParam(_abi.LlvmParameter(i));
            var value = _abi.ParameterModes[i] == PassMode.Indirect ? _builder.BuildLoad2(_abi.ParameterTypes[i], parameter, "") : parameter;
            tuple = _builder.BuildInsertValue(tuple, value, (uint)i, "");
        }
        Bind(self, _context.ConstNull(Lower(Resolve(body.Locals[self].Type))));
        Bind(args, tuple);
    }

    private void Bind(int local, LLVMValueRef value)
    {
        if (_inRegister[local]) _registerValues[local] = value;
        else _builder.BuildStore(value, _mirSlots[local]);
    }

    /// <summary>
    /// The return place or an argument that the caller passes by pointer (<see cref="FunctionAbi"/>):
    /// its local is the caller's memory, not a slot of its own.
    /// </summary>
    private bool IsCallersMemory(int local) => local == 0
        ? _abi.ReturnMode == PassMode.Indirect
        : local <= Body.ArgumentCount && !_item.SpreadsArguments && _abi.ParameterModes[local - 1] == PassMode.Indirect;

    private void EmitMirStatement(Statement statement)
    {
        switch (statement)
        {
            case AssignStatement assign when EmitsInPlace(assign):
                EmitInPlace(assign);
                break;
            case StorageLiveStatement:
                break;
            case AssignStatement assign:
                var value = EmitRvalue(assign.Rvalue, Resolve(PlaceType(assign.Place)));
                if (_inRegister[assign.Place.Local.Index]) _registerValues[assign.Place.Local.Index] = value;
                else _builder.BuildStore(value, EmitMirPlace(assign.Place).Pointer);
                break;
            default:
                throw new InvalidOperationException($"code generation reached the statement {statement.GetType().Name}");
        }
    }

    /// <summary>The address of a place and its type: the local's slot, then one GEP or load per projection.</summary>
    private (LLVMValueRef Pointer, TypeSymbol Type) EmitMirPlace(Place place)
    {
        if (_inRegister[place.Local.Index]) throw new InvalidOperationException($"the register local {place.Local} has no address");
        var pointer = _mirSlots[place.Local.Index];
        var type = Resolve(Body[place.Local].Type);
        VariantSymbol? variant = null;
        foreach (var projection in place.Projections)
        {
            (pointer, type, variant) = projection switch
            {
                DerefProjection => (_builder.BuildLoad2(_context.Pointer, pointer, ""), type.DerefTarget(), null),
                FieldProjection f => (FieldAddress(pointer, type, variant, f.Index), Resolve(f.Type), null),
                IndexProjection i => (ElementAddress(pointer, type, _builder.BuildLoad2(_context.Int64, _mirSlots[i.Index.Index], "")), TypeFacts.ElementOf(type), null),
                ConstantIndexProjection c => (ElementAddress(pointer, type, ConstI64(c.Offset)), TypeFacts.ElementOf(type), null),
                DowncastProjection d => (pointer, type, d.Variant),
                _ => throw new InvalidOperationException($"code generation reached the projection {projection.GetType().Name}"),
            };
        }
        return (pointer, type);
    }

    private LLVMValueRef FieldAddress(LLVMValueRef pointer, TypeSymbol type, VariantSymbol? variant, int index) => type is AdtType adt
        ? FieldPointer(adt, variant ?? adt.Adt.Variants[0], pointer, index)
        : _builder.BuildStructGEP2(Lower(type), pointer, (uint)index, "");

    /// <summary>An element of an array (`[N x T]` at the pointer) or of a slice (the data pointer, to its first `T`).</summary>
    private LLVMValueRef ElementAddress(LLVMValueRef pointer, TypeSymbol indexed, LLVMValueRef index) => indexed is SliceType slice
        ? _builder.BuildInBoundsGEP2(Lower(slice.Element), pointer, [index], "")
        : _builder.BuildInBoundsGEP2(Lower(indexed), pointer, [ConstI64(0), index], "");

    /// <summary>The type of a place in the body's own terms (before substitution).</summary>
    private TypeSymbol PlaceType(Place place)
    {
        var type = Resolve(Body[place.Local].Type);
        foreach (var projection in place.Projections)
        {
            type = projection switch
            {
                DerefProjection => type.DerefTarget(),
                FieldProjection f => Resolve(f.Type),
                IndexProjection or ConstantIndexProjection => TypeFacts.ElementOf(type),
                _ => type,
            };
        }
        return type;
    }

    private (LLVMValueRef Value, TypeSymbol Type) EmitOperand(Operand operand)
    {
        switch (operand)
        {
            case CopyOperand c:
                return LoadPlace(c.Place);
            case MoveOperand m:
                return LoadPlace(m.Place);
            case ConstantOperand c:
                var constantType = Resolve(c.Constant.Type);
                return (EmitConstant(ConstantValue(c.Constant.Value), constantType), constantType);
            default:
                throw new InvalidOperationException($"code generation reached the operand {operand.GetType().Name}");
        }
    }

    private TypeSymbol OperandType(Operand operand) => operand switch
    {
        CopyOperand c => PlaceType(c.Place),
        MoveOperand m => PlaceType(m.Place),
        ConstantOperand c => Resolve(c.Constant.Type),
        _ => throw new InvalidOperationException($"code generation reached the operand {operand.GetType().Name}"),
    };

    private (LLVMValueRef Value, TypeSymbol Type) LoadPlace(Place place)
    {
        if (_inRegister[place.Local.Index])
        {
            var value = _registerValues[place.Local.Index];
            foreach (var projection in place.Projections) value = _builder.BuildExtractValue(value, (uint)((FieldProjection)projection).Index, "");
            return (value, PlaceType(place));
        }
        var (pointer, type) = EmitMirPlace(place);
        return (_builder.BuildLoad2(Lower(type), pointer, ""), type);
    }

    /// <summary>A generic body's `const &lt;T as Shape&gt;::SIDES`: the value of the instance's impl.</summary>
    private object? ConstantValue(object? value) => value is Semantics.Symbols.UnevaluatedConst u
        ? u.Evaluate(Resolve(u.Self)) ?? throw new InvalidOperationException($"no impl gives {u} for {Resolve(u.Self)}")
        : value;

    private LLVMValueRef EmitConstant(object? value, TypeSymbol type) => value switch
    {
        null => _context.ConstNull(Lower(type)),
        System.Numerics.BigInteger i when type.IsFloat => _context.ConstReal(Lower(type), (double)i),
        System.Numerics.BigInteger i => ConstInteger(Lower(type), i),
        bool b => _context.ConstInt(_context.Int1, b ? 1UL : 0UL, false),
        int c => _context.ConstInt(_context.Int32, (ulong)c, false),
        double d => _context.ConstReal(Lower(type), d),
        string s => StrSlice(s),
        Constant promoted => _module.Promoted(EmitConstant(ConstantValue(promoted.Value), Resolve(promoted.Type))),
        _ => throw new InvalidOperationException($"unknown constant {value}"),
    };
}
