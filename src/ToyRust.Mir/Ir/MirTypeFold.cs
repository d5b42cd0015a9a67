using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Ir;

/// <summary>
/// Rebuilds a body with every type in it mapped: the local declarations, field projections,
/// constants, casts, aggregates and the type arguments of callees. With the substitution of an
/// instance (`T := i32`) it gives the body "after monomorphization" that `--emit mir` prints;
/// the structure (locals, blocks, statements) is unchanged, so `_3` and `bb2` name the same thing
/// before and after.
/// Every IR node kind is listed: a new one that holds a type fails here loudly, not silently.
/// </summary>
public static class MirTypeFold
{
    public static MirBody MapTypes(this MirBody body, Func<TypeSymbol, TypeSymbol> map) => body with
    {
        Locals = [.. body.Locals.Select(l => l with { Type = map(l.Type) })],
        Blocks = [.. body.Blocks.Select(b => new BasicBlockData([.. b.Statements.Select(s => Statement(s, map))], Terminator(b.Terminator, map)) { IsCleanup = b.IsCleanup })],
    };

    private static Statement Statement(Statement statement, Func<TypeSymbol, TypeSymbol> map) => statement switch
    {
        AssignStatement a => a with { Place = Place(a.Place, map), Rvalue = Rvalue(a.Rvalue, map) },
        StorageLiveStatement => statement,
        _ => throw Unknown(statement),
    };

    private static Place Place(Place place, Func<TypeSymbol, TypeSymbol> map) =>
        place.Projections.Count == 0 ? place : place with { Projections = new([.. place.Projections.Select(p => Projection(p, map))]) };

    private static Projection Projection(Projection projection, Func<TypeSymbol, TypeSymbol> map) => projection switch
    {
        FieldProjection f => f with { Type = map(f.Type) },
        DerefProjection or IndexProjection or ConstantIndexProjection or DowncastProjection => projection,
        _ => throw Unknown(projection),
    };

    private static Operand Operand(Operand operand, Func<TypeSymbol, TypeSymbol> map) => operand switch
    {
        CopyOperand c => c with { Place = Place(c.Place, map) },
        MoveOperand m => m with { Place = Place(m.Place, map) },
        ConstantOperand k => k with { Constant = k.Constant with { Type = map(k.Constant.Type), Value = ConstantValue(k.Constant.Value, map) } },
        _ => throw Unknown(operand),
    };

    /// <summary>`const &lt;T as Shape&gt;::SIDES` of a generic body is the impl's value once T is known.</summary>
    private static object? ConstantValue(object? value, Func<TypeSymbol, TypeSymbol> map)
    {
        if (value is not UnevaluatedConst u) return value;
        var self = map(u.Self);
        return u.Evaluate(self) ?? u with { Self = self };
    }

    private static ImmutableArray<Operand> Operands(ImmutableArray<Operand> operands, Func<TypeSymbol, TypeSymbol> map) =>
        [.. operands.Select(o => Operand(o, map))];

    private static Rvalue Rvalue(Rvalue rvalue, Func<TypeSymbol, TypeSymbol> map) => rvalue switch
    {
        UseRvalue u => u with { Operand = Operand(u.Operand, map) },
        RepeatRvalue r => r with { Operand = Operand(r.Operand, map) },
        RefRvalue r => r with { Place = Place(r.Place, map) },
        LenRvalue l => l with { Place = Place(l.Place, map) },
        CastRvalue c => c with { Operand = Operand(c.Operand, map), Target = map(c.Target) },
        UnsizeRvalue u => u with { Operand = Operand(u.Operand, map), Target = map(u.Target) },
        ReifyRvalue r => r with { Operand = Operand(r.Operand, map), Target = (FunctionType)map(r.Target) },
        BinaryRvalue b => b with { Left = Operand(b.Left, map), Right = Operand(b.Right, map) },
        CheckedBinaryRvalue b => b with { Left = Operand(b.Left, map), Right = Operand(b.Right, map) },
        UnaryRvalue u => u with { Operand = Operand(u.Operand, map) },
        DiscriminantRvalue d => d with { Place = Place(d.Place, map) },
        AggregateRvalue a => a with { Kind = Aggregate(a.Kind, map), Operands = Operands(a.Operands, map) },
        _ => throw Unknown(rvalue),
    };

    private static AggregateKind Aggregate(AggregateKind kind, Func<TypeSymbol, TypeSymbol> map) => kind switch
    {
        TupleAggregate => kind,
        ArrayAggregate a => a with { Element = map(a.Element) },
        AdtAggregate a => a with { Type = (AdtType)map(a.Type) },
        ClosureAggregate c => c with { Type = (ClosureType)map(c.Type) },
        _ => throw Unknown(kind),
    };

    private static Terminator Terminator(Terminator terminator, Func<TypeSymbol, TypeSymbol> map) => terminator switch
    {
        GotoTerminator or ReturnTerminator or UnreachableTerminator or ResumeTerminator => terminator,
        SwitchIntTerminator s => s with { Discriminant = Operand(s.Discriminant, map) },
        CallTerminator c => c with { Callee = Callee(c.Callee, map), Arguments = Operands(c.Arguments, map), Destination = Place(c.Destination, map) },
        AssertTerminator a => a with { Condition = Operand(a.Condition, map), Message = Message(a.Message, map) },
        DropTerminator d => d with { Place = Place(d.Place, map) },
        _ => throw Unknown(terminator),
    };

    private static Callee Callee(Callee callee, Func<TypeSymbol, TypeSymbol> map) => callee switch
    {
        FnCallee f => f with { TypeArguments = new([.. f.TypeArguments.Select(map)]) },
        VirtualCallee v => v with { TypeArguments = new([.. v.TypeArguments.Select(map)]) },
        PointerCallee p => p with { Signature = (FunctionType)map(p.Signature) },
        PrintCallee or PanicCallee or ExitCallee or DebugCallee => callee,
        _ => throw Unknown(callee),
    };

    private static AssertMessage Message(AssertMessage message, Func<TypeSymbol, TypeSymbol> map) => message switch
    {
        BoundsCheckMessage b => b with { Length = Operand(b.Length, map), Index = Operand(b.Index, map) },
        OverflowMessage or NegationOverflowMessage or ZeroDivisorMessage => message,
        _ => throw Unknown(message),
    };

    private static InvalidOperationException Unknown(object node) =>
        new($"MirTypeFold does not know {node.GetType().Name}: add it here");
}
