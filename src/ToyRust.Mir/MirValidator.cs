using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir;

/// <summary>
/// Checks that a body is well formed, so that a mistake of the builder shows up as a message
/// here rather than as a crash (or wrong code) in a later pass:
/// - there is at least one block, every block has a terminator, and every successor is a block;
/// - every local an operand, place or index projection names exists, and there are enough
///   locals for the return place and the arguments;
/// - every place's projections fit the types they apply to: a field of a tuple, of a struct or of
///   a variant after a downcast, in range and of the field's type; a dereference of a reference;
///   an index or constant index into an array (the index local a `usize`); a downcast of an enum
///   to one of its own variants;
/// - no type is an error or an unsolved inference variable (the builder never saw an error
///   expression and applied the inference solution everywhere).
/// Entry point: <see cref="Validate"/>; an empty list means the body is valid.
/// </summary>
public static class MirValidator
{
    public static ImmutableArray<string> Validate(MirBody body) => new Checker(body).Run();

    private sealed class Checker(MirBody body)
    {
        private readonly ImmutableArray<string>.Builder _errors = ImmutableArray.CreateBuilder<string>();
        private string _where = "";

        public ImmutableArray<string> Run()
        {
            if (body.Locals.Length < body.ArgumentCount + 1)
                Error($"{body.Locals.Length} locals cannot hold `_0` and {body.ArgumentCount} arguments");
            for (var i = 0; i < body.Locals.Length; i++)
            {
                _where = $"_{i}";
                CheckType(body.Locals[i].Type);
            }
            if (body.Blocks.IsEmpty) Error("the body has no blocks");
            for (var b = 0; b < body.Blocks.Length; b++) CheckBlock(new BasicBlock(b));
            return _errors.ToImmutable();
        }

        private void Error(string message) => _errors.Add($"{body.Function.DisplayName}: {_where}: {message}");

        private void CheckBlock(BasicBlock block)
        {
            var data = body[block];
            for (var s = 0; s < data.Statements.Length; s++)
            {
                _where = $"{block}[{s}]";
                if (data.Statements[s] is AssignStatement a)
                {
                    CheckPlace(a.Place);
                    CheckRvalue(a.Rvalue);
                }
                else if (data.Statements[s] is StorageLiveStatement l && (l.Local.Index <= body.ArgumentCount || l.Local.Index >= body.Locals.Length))
                {
                    Error($"StorageLive of {l.Local}, which is no variable of the body");
                }
            }
            _where = $"{block} terminator";
            if (data.Terminator is null)
            {
                Error("no terminator");
                return;
            }
            foreach (var successor in data.Terminator.Successors)
            {
                if (successor.Index < 0 || successor.Index >= body.Blocks.Length) Error($"jumps to {successor}, which does not exist");
            }
            CheckTerminator(data.Terminator);
        }

        private void CheckTerminator(Terminator terminator)
        {
            switch (terminator)
            {
                case SwitchIntTerminator s:
                    CheckOperand(s.Discriminant);
                    break;
                case CallTerminator c:
                    foreach (var argument in c.Arguments) CheckOperand(argument);
                    CheckPlace(c.Destination);
                    if (c.Callee is FnCallee f) foreach (var type in f.TypeArguments) CheckType(type);
                    if (c.Callee is VirtualCallee v) CheckVirtualCall(v, c);
                    break;
                case AssertTerminator a:
                    CheckOperand(a.Condition);
                    if (a.Message is BoundsCheckMessage m)
                    {
                        CheckOperand(m.Length);
                        CheckOperand(m.Index);
                    }
                    break;
                case DropTerminator d:
                    CheckPlace(d.Place);
                    break;
            }
        }

        private void CheckRvalue(Rvalue rvalue)
        {
            switch (rvalue)
            {
                case UseRvalue u: CheckOperand(u.Operand); break;
                case RepeatRvalue r: CheckOperand(r.Operand); break;
                case RefRvalue r: CheckPlace(r.Place); break;
                case LenRvalue l:
                    if (CheckPlace(l.Place) is { } array and not ArrayType and not SliceType) Error($"Len of {array}, not an array or slice");
                    break;
                case CastRvalue c: CheckOperand(c.Operand); CheckType(c.Target); break;
                case ReifyRvalue r: CheckOperand(r.Operand); CheckType(r.Target); break;
                case UnsizeRvalue u:
                    CheckOperand(u.Operand);
                    CheckType(u.Target);
                    if (u.Target.UnsizePointee() is not (DynType or SliceType)) Error($"unsizing to {u.Target}, not to a trait object or slice");
                    break;
                case BinaryRvalue b: CheckOperand(b.Left); CheckOperand(b.Right); break;
                case CheckedBinaryRvalue c: CheckOperand(c.Left); CheckOperand(c.Right); break;
                case UnaryRvalue u: CheckOperand(u.Operand); break;
                case DiscriminantRvalue d:
                    if (CheckPlace(d.Place) is { } value and not AdtType { Adt.IsEnum: true }) Error($"discriminant of {value}, not an enum");
                    break;
                case AggregateRvalue a:
                    foreach (var operand in a.Operands) CheckOperand(operand);
                    CheckAggregate(a);
                    break;
            }
        }

        private void CheckAggregate(AggregateRvalue a)
        {
            if (a.Kind is AdtAggregate adt)
            {
                CheckType(adt.Type);
                if (!ReferenceEquals(adt.Variant.Owner, adt.Type.Adt)) Error($"variant {adt.Variant} is not of {adt.Type}");
                if (adt.Variant.Fields.Length != a.Operands.Length)
                    Error($"{adt.Variant} has {adt.Variant.Fields.Length} fields, not {a.Operands.Length}");
            }
            if (a.Kind is ClosureAggregate closure && closure.Type.Closure.Captures.Length != a.Operands.Length)
                Error($"{closure.Type} has {closure.Type.Closure.Captures.Length} captures, not {a.Operands.Length}");
        }

        private void CheckOperand(Operand operand)
        {
            switch (operand)
            {
                case CopyOperand c: CheckPlace(c.Place); break;
                case MoveOperand m: CheckPlace(m.Place); break;
                case ConstantOperand k: CheckType(k.Constant.Type); break;
            }
        }

        /// <summary>Checks the place and returns its type, or null when it is broken.</summary>
        private TypeSymbol? CheckPlace(Place place)
        {
            if (!InRange(place.Local)) return null;
            var type = body[place.Local].Type;
            Semantics.Symbols.VariantSymbol? variant = null;
            foreach (var projection in place.Projections)
            {
                var next = Project(type, projection, ref variant);
                if (next is null)
                {
                    Error($"{place}: {Describe(projection)} does not apply to {type}");
                    return null;
                }
                type = next;
            }
            return type;
        }

        private TypeSymbol? Project(TypeSymbol type, Projection projection, ref Semantics.Symbols.VariantSymbol? variant)
        {
            var downcast = variant;
            variant = null;
            switch (projection)
            {
                case FieldProjection f:
                    CheckType(f.Type);
                    return FieldType(type, f.Index, downcast) is { } expected && expected == f.Type ? f.Type : null;
                case DerefProjection:
                    return type.Pointee();
                case IndexProjection i:
                    if (InRange(i.Index) && body[i.Index].Type != TypeSymbol.Usize)
                        Error($"index local {i.Index} is a {body[i.Index].Type}, not a usize");
                    return type is ArrayType or SliceType ? TypeFacts.ElementOf(type) : null;
                case ConstantIndexProjection c:
                    return type is ArrayType array && c.Offset < c.MinLength && c.MinLength <= array.Length ? array.Element : null;
                case DowncastProjection d:
                    variant = d.Variant;
                    return type is AdtType { Adt.IsEnum: true } e && ReferenceEquals(d.Variant.Owner, e.Adt) ? type : null;
                default:
                    return null;
            }
        }

        /// <summary>The type of field <paramref name="index"/>: of a tuple, a struct, or the variant a downcast chose.</summary>
        private static TypeSymbol? FieldType(TypeSymbol type, int index, Semantics.Symbols.VariantSymbol? downcast)
        {
            switch (type)
            {
                case TupleType t:
                    return index < t.Elements.Count ? t.Elements[index] : null;
                case ClosureType c:
                    return index < c.FieldTypes.Length ? c.FieldTypes[index] : null;
                case AdtType a:
                    var variant = downcast ?? (a.Adt.IsEnum ? null : a.Adt.Variants[0]);
                    return variant is not null && index < variant.Fields.Length ? a.FieldType(variant.Fields[index]) : null;
                default:
                    return null;
            }
        }

        private static string Describe(Projection projection) => projection switch
        {
            FieldProjection f => $"field {f.Index} of type {f.Type}",
            DerefProjection => "a dereference",
            IndexProjection => "an index",
            ConstantIndexProjection c => $"constant index {c.Offset} of {c.MinLength}",
            DowncastProjection d => $"a downcast to {d.Variant}",
            _ => projection.GetType().Name,
        };

        private bool InRange(Local local)
        {
            if (local.Index >= 0 && local.Index < body.Locals.Length) return true;
            Error($"{local} does not exist");
            return false;
        }

        /// <summary>No error type and no unsolved inference variable anywhere inside.</summary>
        /// <summary>A virtual call names a trait object type and passes a pointer to one first.</summary>
        private void CheckVirtualCall(VirtualCallee callee, CallTerminator call)
        {
            foreach (var type in callee.TypeArguments) CheckType(type);
            if (callee.TypeArguments[0] is not DynType) Error($"virtual call of {callee.Method.Name} on {callee.TypeArguments[0]}, not a trait object");
            if (call.Arguments.IsEmpty) Error($"virtual call of {callee.Method.Name} without a receiver");
        }

        private void CheckType(TypeSymbol type)
        {
            var bad = false;
            TypeFold.Map(type, t =>
            {
                bad |= t is ErrorType or InferenceVariable;
                return null;
            });
            if (bad) Error($"type {type} is not resolved");
        }
    }
}
