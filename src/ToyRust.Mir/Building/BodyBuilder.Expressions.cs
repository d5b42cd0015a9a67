using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// Expressions: the ways to lower one (into a destination, as an rvalue, as an operand, for its
/// effect), blocks, `let`, literals, aggregates, casts.
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>How an expression is best lowered (rustc's `Category`).</summary>
    private enum Category
    {
        /// <summary>A literal or `()`: a constant operand.</summary>
        Constant,
        /// <summary>Names a place: `x`, `*r`, `t.0`, `s.f`, `a[i]`.</summary>
        Place,
        /// <summary>Computes a value in one statement (after its operands and checks).</summary>
        Rvalue,
        /// <summary>Needs control flow or a call, and writes its value into a destination.</summary>
        Into,
    }

    private Category CategoryOf(BoundExpression e) => e switch
    {
        BoundLiteral or BoundTuple { Elements.Length: 0 } or BoundFunctionItem => Category.Constant,
        BoundLocal or BoundDereference or BoundTupleField or BoundFieldAccess or BoundIndex or BoundRangeIndex => Category.Place,
        BoundBinary b when b.Operator is BinaryOperator.And or BinaryOperator.Or || IsOverloaded(b) => Category.Into,
        BoundUnary u when IsOverloaded(u) => Category.Into,
        BoundBinary or BoundUnary or BoundCast or BoundUnsize or BoundAddressOf or BoundTuple or BoundArray or BoundArrayRepeat
            or BoundArrayLength or BoundAdtLiteral or BoundClosure or BoundReify => Category.Rvalue,
        BoundBlock or BoundIf or BoundMatch or BoundWhile or BoundLoop or BoundRangeFor or BoundLabeledBlock or BoundBreak
            or BoundContinue or BoundReturn or BoundCall or BoundPrint or BoundPanic or BoundExit or BoundAssignment => Category.Into,
        BoundErrorExpression => throw ReachedError(e),
        _ => throw new InvalidOperationException($"MIR building does not know {e.GetType().Name}"),
    };

    private static InvalidOperationException ReachedError(BoundExpression e) =>
        new($"MIR building reached an error expression at {e.Span}; build only programs that checked without errors");

    /// <summary>
    /// Lowers <paramref name="e"/> and writes its value into <paramref name="destination"/>, or
    /// nowhere when it is null (the value is not used; its side effects and checks still happen).
    /// </summary>
    private void LowerInto(Place? destination, BoundExpression e)
    {
        switch (e)
        {
            case BoundBlock b: LowerBlock(destination, b); break;
            case BoundIf i: LowerIf(destination, i); break;
            case BoundMatch m: LowerMatch(destination, m); break;
            case BoundWhile w: LowerWhile(w); break;
            case BoundLoop l: LowerLoop(destination, l); break;
            case BoundRangeFor f: LowerRangeFor(f); break;
            case BoundLabeledBlock l: LowerLabeledBlock(destination, l); break;
            case BoundBreak b: LowerBreak(b); break;
            case BoundContinue c: LowerContinue(c); break;
            case BoundReturn r: LowerReturn(r); break;
            case BoundCall c: LowerCall(destination, c); break;
            case BoundPrint p: LowerPrint(destination, p); break;
            case BoundPanic p: LowerPanic(p); break;
            case BoundExit x: LowerExit(x); break;
            case BoundAssignment a: LowerAssignment(a); break;
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } b: LowerShortCircuit(destination, b); break;
            case BoundBinary b when IsOverloaded(b): LowerOperatorCall(destination, b); break;
            case BoundUnary u when IsOverloaded(u): LowerNegationCall(destination, u); break;
            default:
                if (CategoryOf(e) == Category.Into) throw new InvalidOperationException($"{e.GetType().Name} has no lowering");
                if (destination is { } place) Push(place, LowerRvalue(e), e.Span);
                else LowerForEffect(e);
                break;
        }
    }

    /// <summary>
    /// An unused value: a place is still computed (its bounds checks run), an rvalue still
    /// evaluated (its overflow checks run).
    /// </summary>
    private void LowerForEffect(BoundExpression e)
    {
        switch (CategoryOf(e))
        {
            case Category.Constant:
                break;
            case Category.Place:
                LowerPlace(e);
                break;
            default:
                Push(new Place(NewValueTemp(Resolve(e.Type), e.Span)), LowerRvalue(e), e.Span);
                break;
        }
    }

    private Rvalue LowerRvalue(BoundExpression e) => e switch
    {
        BoundLiteral or BoundTuple { Elements.Length: 0 } or BoundFunctionItem => new UseRvalue(new ConstantOperand(ConstantOf(e))),
        BoundReify r => new ReifyRvalue(LowerOperand(r.Operand), (FunctionType)Resolve(r.Type)),
        BoundLocal or BoundDereference or BoundTupleField or BoundFieldAccess or BoundIndex =>
            new UseRvalue(Read(LowerPlace(e), Resolve(e.Type), e.Span)),
        BoundBinary b when CategoryOf(b) == Category.Rvalue => LowerBinary(b),
        BoundUnary u when CategoryOf(u) == Category.Rvalue => LowerUnary(u),
        BoundCast c => LowerCast(c),
        BoundUnsize u => new UnsizeRvalue(LowerOperand(u.Operand), Resolve(u.Type)),
        BoundAddressOf a => LowerBorrow(a),
        BoundTuple t => new AggregateRvalue(TupleAggregate.Instance, LowerOperands(t.Elements)),
        BoundArray a => new AggregateRvalue(new ArrayAggregate(((ArrayType)Resolve(a.Type)).Element), LowerOperands(a.Elements)),
        BoundArrayRepeat r => new RepeatRvalue(LowerOperand(r.Value), r.Count),
        BoundArrayLength l => new LenRvalue(LowerPlace(l.Target)),
        BoundAdtLiteral a => LowerAdtLiteral(a),
        BoundClosure c => LowerClosure(c),
        _ => new UseRvalue(LowerOperand(e)),
    };

    /// <summary>
    /// An operand: a constant, an immutable local read in place, or else a temporary holding the
    /// value now (see "Terms" in <see cref="MirBuilder"/>).
    /// </summary>
    private Operand LowerOperand(BoundExpression e)
    {
        if (CategoryOf(e) == Category.Constant) return new ConstantOperand(ConstantOf(e));
        if (e is BoundLocal { Local.IsMutable: false } l && !_upvars.ContainsKey(l.Local)) return Read(new Place(LocalOf(l.Local)), Resolve(l.Type), l.Span);
        // `move (*_1)` of a `Box<dyn FnOnce()>`: an unsized value is never copied into a temporary;
        // the call that takes it (a virtual `call_once`) gets the box's pointer, as rustc's unsized operands.
        if (e is BoundDereference && Resolve(e.Type) is DynType) return new MoveOperand(LowerPlace(e), e.Span);
        return new MoveOperand(new Place(LowerTemp(e)));
    }

    /// <summary>A read of a place: `copy` for a `Copy` type, `move` for any other (see <see cref="MirBuildOptions.Copy"/>).</summary>
    private Operand Read(Place place, TypeSymbol type, TextSpan span) =>
        _options.Copy is { } copy && !copy.IsCopy(type) ? new MoveOperand(place, span) : new CopyOperand(place, span);

    /// <summary>
    /// An operand that only looks at the value (`println!`'s and `panic!`'s arguments, which Rust
    /// takes by reference): a place is read with `copy` whatever its type, so it is not moved.
    /// </summary>
    private Operand LowerLookingOperand(BoundExpression e)
    {
        // A value that needs drop (`"ab".to_string()`) stays in its temporary, which the statement's
        // end drops: formatting only looks at it (rustc's `format_args!` borrows its arguments).
        if (CategoryOf(e) != Category.Place)
            return _options.Drops is { } drops && drops.NeedsDrop(Resolve(e.Type)) ? new CopyOperand(LowerPlace(e), e.Span) : LowerOperand(e);
        if (e is BoundLocal { Local.IsMutable: false } l && !_upvars.ContainsKey(l.Local)) return new CopyOperand(new Place(LocalOf(l.Local)), l.Span);
        return Compute(Resolve(e.Type), new UseRvalue(new CopyOperand(LowerPlace(e), e.Span)), e.Span);
    }

    /// <summary>Operands left to right.</summary>
    private ImmutableArray<Operand> LowerOperands(IEnumerable<BoundExpression> expressions)
    {
        var operands = ImmutableArray.CreateBuilder<Operand>();
        foreach (var e in expressions) operands.Add(LowerOperand(e));
        return operands.ToImmutable();
    }

    private Local LowerTemp(BoundExpression e)
    {
        var temp = NewValueTemp(Resolve(e.Type), e.Span);
        LowerInto(new Place(temp), e);
        return temp;
    }

    /// <summary>A second read of an operand that is used again later: `move _5` becomes `copy _5`.</summary>
    private static Operand Reread(Operand operand) => operand is MoveOperand m ? new CopyOperand(m.Place) : operand;

    private Constant ConstantOf(BoundExpression e) => e switch
    {
        BoundLiteral l => ConstantOf(l.Value, Resolve(l.Type)),
        BoundTuple => Constant.Unit,
        BoundFunctionItem f => new Constant(Resolve(f.Type), null),
        _ => throw new InvalidOperationException($"{e.GetType().Name} is not a constant"),
    };

    /// <summary>A literal's value as a constant of its type (an integer literal typed as a float becomes a double).</summary>
    private static Constant ConstantOf(object value, TypeSymbol type) => value switch
    {
        BigInteger i when type.IsFloat => new Constant(type, (double)i),
        BigInteger i => Constant.Int(i, type),
        _ => new Constant(type, value),
    };

    /// <summary>The integer constant <paramref name="value"/> of an integer or `char` type (chars are code points).</summary>
    private static Constant ValueConstant(BigInteger value, TypeSymbol type) =>
        type == TypeSymbol.Char ? new Constant(type, (int)value) : Constant.Int(value, type);

    /// <summary>`const value` of an integer type.</summary>
    private static ConstantOperand Const(BigInteger value, TypeSymbol type) => new(Constant.Int(value, type));

    /// <summary>
    /// `{ s1; s2; tail }`: the statements, then the tail into the destination. A block without a
    /// tail has the value `()`, which has no bytes, so nothing is written.
    /// </summary>
    private void LowerBlock(Place? destination, BoundBlock block)
    {
        PushScope(ScopeKind.Block);
        foreach (var statement in block.Statements) InScope(ScopeKind.Statement, statement.Span, () => LowerStatement(statement));
        if (block.Tail is not null) LowerInto(destination, block.Tail);
        PopScope(block.Span);
    }

    private void LowerStatement(BoundStatement statement)
    {
        switch (statement)
        {
            case BoundLet let:
                LowerLet(let);
                break;
            case BoundExpressionStatement s:
                LowerInto(null, s.Expression);
                break;
            default:
                throw new InvalidOperationException($"unknown statement {statement.GetType().Name}");
        }
    }

    /// <summary>
    /// `let x = e;` lowers e straight into x. Any other pattern matches the place of e (a
    /// temporary when e is not a place), as an irrefutable match:
    /// <code>
    /// let (a, ref b) = t;    →    _2 = copy (_1.0: i32);
    ///                             _3 = &amp;(_1.1: i32);
    /// </code>
    /// `let x;` only declares x, with a `StorageLive(_x)` where it starts; when e never finishes (`let (a, b) = panic!()`) nothing is bound.
    /// </summary>
    private void LowerLet(BoundLet let)
    {
        if (let.Initializer is null)
        {
            foreach (var binding in BoundTree.DescendantsAndSelf(let.Pattern).OfType<BoundBindingPattern>())
                _blocks[_current.Index].Statements.Add(new StorageLiveStatement(let.Span, LocalOf(binding.Local)));
            ScheduleBindings(let.Pattern);
            return;
        }
        if (Resolve(let.Initializer.Type) is NeverType)
        {
            LowerInto(null, let.Initializer);
            return;
        }
        MarkExtended(let.Initializer, VariableScope());
        if (let.Pattern is BoundBindingPattern { ByReference: false, SubPattern: null } simple)
        {
            LowerInto(new Place(LocalOf(simple.Local)), let.Initializer);
            ScheduleBindings(let.Pattern);
            return;
        }
        var bindsByReference = BoundTree.DescendantsAndSelf(let.Pattern).OfType<BoundBindingPattern>().Any(b => b.ByReference);
        var place = bindsByReference && CategoryOf(let.Initializer) != Category.Place ? ExtendedTemp(let.Initializer, VariableScope()) : LowerPlace(let.Initializer);
        LowerIrrefutable(let.Pattern, place, let.Span);
        ScheduleBindings(let.Pattern);
    }

    /// <summary>
    /// The borrows of a `let`'s initializer whose temporaries live to the end of the block (rustc's
    /// *extending* expressions): `&amp;e` as the initializer, and inside the operand of such a borrow,
    /// of a tuple, array, struct literal or cast, or as a block's tail, recursively.
    /// <code>
    /// let r = &amp;make();  let p = (&amp;make(), 1);  let s = S { r: &amp;make() };   extended
    /// let n = val(&amp;make());                                               not extended
    /// </code>
    /// </summary>
    private void MarkExtended(BoundExpression e, DropScope scope)
    {
        switch (e)
        {
            case BoundAddressOf a:
                _extendedBorrows[a] = scope;
                MarkExtended(a.Operand, scope);
                break;
            case BoundTuple t:
                foreach (var element in t.Elements) MarkExtended(element, scope);
                break;
            case BoundArray a:
                foreach (var element in a.Elements) MarkExtended(element, scope);
                break;
            case BoundAdtLiteral l:
                foreach (var field in l.Fields) if (field is not null) MarkExtended(field, scope);
                break;
            case BoundCast c:
                MarkExtended(c.Operand, scope);
                break;
            case BoundUnsize u:
                MarkExtended(u.Operand, scope);
                break;
            case BoundBlock { Tail: { } tail }:
                MarkExtended(tail, scope);
                break;
        }
    }

    /// <summary>The extending borrows met so far, with the scope of the `let` whose temporaries they keep.</summary>
    private readonly Dictionary<BoundAddressOf, DropScope> _extendedBorrows = new(ReferenceEqualityComparer.Instance);

    /// <summary>`&amp;e`: a borrow of e's place; a temporary when e is a value, one that lives to the end of the `let`'s block when the borrow is extending.</summary>
    /// <summary>
    /// `&amp;e`. A shared borrow of a literal (`&amp;8`, `&amp;"text"`) is promoted, as rustc promotes it: the
    /// constant is a reference to read-only data of the program, which outlives the function
    /// (`fn f() -> &amp;'static i32 { &amp;8 }` returned a pointer into its own frame before).
    /// </summary>
    private Rvalue LowerBorrow(BoundAddressOf a) =>
        !a.IsMutable && a.Operand is BoundLiteral && CategoryOf(a.Operand) == Category.Constant
            ? new UseRvalue(new ConstantOperand(new Constant(Resolve(a.Type), ConstantOf(a.Operand))))
            : _extendedBorrows.TryGetValue(a, out var scope) && CategoryOf(a.Operand) != Category.Place
            ? new RefRvalue(a.IsMutable, ExtendedTemp(a.Operand, scope))
            : new RefRvalue(a.IsMutable, LowerPlace(a.Operand));

    /// <summary>
    /// A temporary a `let` keeps borrowed (`let r = &amp;make();`, `let (ref a, _) = make_pair();`):
    /// it lives until the end of the block, like a variable, instead of the end of the statement
    /// (rustc's temporary lifetime extension).
    /// </summary>
    private Place ExtendedTemp(BoundExpression e, DropScope scope)
    {
        var temp = NewTemp(Resolve(e.Type), e.Span);
        ScheduleDrop(temp, e.Span, scope);
        LowerInto(new Place(temp), e);
        return new Place(temp);
    }

    /// <summary>
    /// `place = value`: the value first, then the place. A value that is a place is read into an
    /// operand first (a temporary unless it is an immutable local), so that it is read before the
    /// target place is computed. An immutable local that is *moved* is moved into a temporary when
    /// the target is not a local: `v[s.len()] = s` moves `s` before the index reads it, which is
    /// E0382, as in rustc (whose operands are always temporaries). `place op= value` is an
    /// operator (Operators file).
    /// </summary>
    private void LowerAssignment(BoundAssignment a)
    {
        if (a.Operator is { } op)
        {
            LowerCompoundAssignment(a, op);
            return;
        }
        var value = CategoryOf(a.Value) == Category.Place ? new UseRvalue(MoveBeforeTarget(LowerOperand(a.Value), a)) : LowerRvalue(a.Value);
        var target = LowerPlace(a.Target);
        // The old value is dropped once the new one is computed, just before it is overwritten (rustc's drop-and-replace).
        if (_options.Drops?.NeedsDrop(TypeOf(target)) == true) Drop(target, a.Span, UnwindTarget());
        Push(target, value, a.Span);
    }

    private Operand MoveBeforeTarget(Operand value, BoundAssignment a) =>
        value is MoveOperand { Place.Projections.Count: 0 } && a.Value is BoundLocal && a.Target is not BoundLocal
            ? Compute(Resolve(a.Value.Type), new UseRvalue(value), a.Value.Span)
            : value;

    /// <summary>
    /// `S { b: f(), a: g(), ..base }`: the written fields in the order they are written, then the
    /// base, whose remaining fields are copied; the aggregate lists the fields in declaration order.
    /// <code>
    /// S { b: f(), a: 1, ..s }    →    _3 = f() -> bb1;
    ///                                 bb1: _2 = S { a: const 1_i32, b: move _3, c: copy (_1.2: i32) };
    /// </code>
    /// </summary>
    private Rvalue LowerAdtLiteral(BoundAdtLiteral literal)
    {
        var type = (AdtType)Resolve(literal.Type);
        var fields = literal.Variant.Fields;
        var operands = new Operand[fields.Length];
        foreach (var i in literal.EvaluationOrder) operands[i] = LowerOperand(literal.Fields[i]!);
        if (literal.Base is not null)
        {
            var basePlace = LowerPlace(literal.Base);
            for (var i = 0; i < fields.Length; i++)
            {
                // The fields taken from the base are moved out of it when they are not `Copy` (the whole literal is where, as rustc points).
                if (literal.Fields[i] is null) operands[i] = Read(basePlace.Field(i, type.FieldType(fields[i])), type.FieldType(fields[i]), literal.Span);
            }
        }
        return new AggregateRvalue(new AdtAggregate(type, literal.Variant), [.. operands]);
    }

    /// <summary>
    /// `e as T`. A fieldless enum is cast through its discriminant, as rustc does:
    /// <code>
    /// e as i32    →    _2 = discriminant(_1);
    ///                  _3 = move _2 as i32 (IntToInt);
    /// </code>
    /// </summary>
    private Rvalue LowerCast(BoundCast cast)
    {
        var target = Resolve(cast.Type);
        if (Resolve(cast.Operand.Type) is AdtType)
        {
            var discriminant = NewTemp(TypeSymbol.Isize, cast.Span);
            Push(new Place(discriminant), new DiscriminantRvalue(LowerPlace(cast.Operand)), cast.Span);
            return new CastRvalue(new MoveOperand(new Place(discriminant)), target);
        }
        return new CastRvalue(LowerOperand(cast.Operand), target);
    }
}
