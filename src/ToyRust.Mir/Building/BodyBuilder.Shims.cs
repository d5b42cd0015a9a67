using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// The bodies of compiler-provided methods (see <see cref="ShimBuilder"/>), for one concrete
/// `Self`. `_1` is `self` and `_2` the other operand. A part whose type is a primitive is operated
/// on directly; any other part is a call of the same trait's method, which the collector resolves:
/// <code>
/// &lt;(i32, S) as PartialEq&gt;::eq     _3 = Eq(copy ((*_1).0: i32), copy ((*_2).0: i32));
///                                switchInt(move _3) -> [0: bb_false, otherwise: bb1];
///                           bb1: _5 = &amp;((*_1).1: S); _6 = &amp;((*_2).1: S);
///                                _4 = &lt;S as PartialEq&gt;::eq(move _5, move _6) -> bb2;
///                           bb2: switchInt(move _4) -> [0: bb_false, otherwise: bb_true];
/// &lt;(i32, S) as PartialOrd&gt;::le    the first unequal part decides with the strict `&lt;`;
///                                the last part is compared with `&lt;=` itself (core's tuple impl)
/// &lt;P as PartialOrd&gt;::partial_cmp  _3 = partial_cmp(&amp;self.x, &amp;other.x); unless it is
///     (derived)                  `Some(Equal)` it is the answer; then the next field; `Some(Equal)` at the end
/// &lt;E as PartialEq&gt;::eq (enum)    the discriminants first, then a switch over the variant,
///                                comparing the fields of `((*_1) as V)` and `((*_2) as V)`
/// &lt;[S; 3] as Clone&gt;::clone       a loop: _0[_i] = &lt;S as Clone&gt;::clone(&amp;(*_1)[_i]) for _i in 0..3
/// &lt;T as Clone&gt;::clone (T: Copy)  _0 = copy (*_1)
/// &lt;i32 as Add&gt;::add              the checked addition of the builder (an `Assert` on the overflow flag)
/// </code>
/// Enums are ordered by their discriminants first, as rustc's derive does.
/// </summary>
internal sealed partial class BodyBuilder
{
    private readonly ShimContext? _shim;

    /// <summary>What a shim body is built from: the lang items, the solver (which types are `Copy`), and `Self` and the trait's arguments.</summary>
    internal sealed record ShimContext(LangItems LangItems, TraitSolver Solver, ValueArray<TypeSymbol> TypeArguments);

    public BodyBuilder(FunctionSymbol method, ShimContext shim, MirBuildOptions options)
    {
        _function = null;
        _symbol = method;
        _span = default;
        _options = options;
        _shim = shim;
    }

    private ShimContext Shim => _shim ?? throw new InvalidOperationException("not building a shim");

    private LangItems Items => Shim.LangItems;

    /// <summary>The shim's locals (`_0`, then the parameters with `Self` put in), its body, `return`.</summary>
    public MirBody BuildShim()
    {
        NewTemp(Substituted(Symbol.ReturnType), default);
        foreach (var parameter in Symbol.Parameters) NewLocal(Substituted(parameter.Type), isMutable: false, parameter.Name, default);
        _current = NewBlock();
        if (Symbol.Constructor is { } variant)
        {
            ShimConstructor(variant);
            return FinishShim();
        }
        var self = Shim.TypeArguments[0];
        switch (Symbol.Trait is { } trait ? Items.ItemOf(trait) : ReferenceEquals(Symbol, Items.DropInPlaceFn) ? LangItem.DropInPlace : null)
        {
            case LangItem.Clone:
                ShimClone(self);
                break;
            case LangItem.Default:
                ShimDefault(Place.ReturnPlace, self);
                break;
            case LangItem.PartialEq or LangItem.PartialOrd when Items.ComparisonOf(Symbol) is { } op:
                ShimComparison(BinOps.Of(op), self);
                break;
            case LangItem.PartialOrd:
                ShimPartialCmp(self);
                break;
            case LangItem.Neg:
                ShimNegation(self);
                break;
            case LangItem.Debug:
                ShimDebug(self);
                break;
            case LangItem.Display:
                ShimDisplay(self);
                break;
            case LangItem.DropInPlace:
                ShimDropGlue(self);
                break;
            case LangItem.Fn or LangItem.FnMut or LangItem.FnOnce when self is FnDefType or FunctionType:
                ShimFunctionCall(self);
                break;
            case LangItem.FnOnce:
                ShimClosureOnce((ClosureType)self);
                break;
            case { } arithmetic:
                ShimArithmetic(arithmetic, self);
                break;
            default:
                throw new InvalidOperationException($"no shim for `{Symbol.DisplayName}`");
        }
        return FinishShim();
    }

    private MirBody FinishShim()
    {
        Goto(Exit, default);
        Land(Exit, default);
        if (_returnsFormatOk) Push(Place.ReturnPlace, new AggregateRvalue(new AdtAggregate((AdtType)FormatResult, Items.ResultOk), [new ConstantOperand(Constant.Unit)]), default);
        Terminate(new ReturnTerminator(default));
        return Finish();
    }

    /// <summary>
    /// A tuple struct's or variant's constructor called as a function (rustc's constructor shim):
    /// <code>
    /// fn E::A(_1: i32) -> E { _0 = E::A(move _1); return; }
    /// </code>
    /// </summary>
    private void ShimConstructor(VariantSymbol variant)
    {
        var type = (AdtType)Substituted(Symbol.ReturnType);
        ImmutableArray<Operand> fields = [.. Symbol.Parameters.Select((_, i) => (Operand)new MoveOperand(new Place(new Local(i + 1))))];
        Push(Place.ReturnPlace, new AggregateRvalue(new AdtAggregate(type, variant), fields), default);
    }

    /// <summary>
    /// rustc's `VTableShim` of a method taking `self` by value: the virtual call passes the object
    /// pointer, the shim moves the value out of it and calls the method for the concrete type.
    /// <code>
    /// fn &lt;{closure} as FnOnce&lt;(i32,)&gt;&gt;::call_once(_1: *mut {closure}, _2: (i32,)) -> i32 {
    ///     _0 = &lt;{closure} as FnOnce&lt;(i32,)&gt;&gt;::call_once(move (*_1), move _2) -> bb1;   bb1: return;
    /// }
    /// </code>
    /// </summary>
    public MirBody BuildVtableShim()
    {
        var self = Shim.TypeArguments[0];
        var returnType = Substituted(Symbol.ReturnType);
        NewTemp(returnType, default);
        NewLocal(new RawPointerType(self, true), isMutable: false, Symbol.Parameters[0].Name, default);
        foreach (var parameter in Symbol.Parameters.Skip(1)) NewLocal(Substituted(parameter.Type), isMutable: false, parameter.Name, default);
        _current = NewBlock();
        var arguments = Enumerable.Range(1, Symbol.Parameters.Length).Select(i => (Operand)new MoveOperand(i == 1 ? Argument(1).Deref() : Argument(i)));
        ShimCall(Place.ReturnPlace, Symbol, [.. Shim.TypeArguments], [.. arguments], returnType);
        Terminate(new ReturnTerminator(default));
        return Finish();
    }

    private BasicBlock? _exit;

    /// <summary>Where every path of a shim ends: a forward block, landed last, so `return` is the last block.</summary>
    private BasicBlock Exit => _exit ??= NewForward();

    private TypeSymbol Substituted(TypeSymbol type) => GenericSubstitution.Apply(type, Symbol.GenericParameters, Shim.TypeArguments);

    private static Place Argument(int index) => new(new Local(index));

    private bool IsCopy(TypeSymbol type) => Shim.Solver.Implements(type, new TraitRef(Items.Trait(LangItem.Copy), ValueArray<TypeSymbol>.Empty));

    // ---- Clone ------------------------------------------------------------------------------

    private void ShimClone(TypeSymbol self)
    {
        var source = Argument(1).Deref();
        if (IsCopy(self))
        {
            Push(Place.ReturnPlace, new UseRvalue(new CopyOperand(source)), default);
            return;
        }
        switch (self)
        {
            case TupleType t:
                Push(Place.ReturnPlace, new AggregateRvalue(TupleAggregate.Instance, [.. t.Elements.Select((e, i) => CloneOf(source.Field(i, e), e))]), default);
                break;
            case ArrayType a:
                ForEachIndex(a.Length, i => CloneInto(Place.ReturnPlace.Index(i), source.Index(i), a.Element));
                break;
            case AdtType { Adt.IsEnum: false } s:
                Push(Place.ReturnPlace, new AggregateRvalue(new AdtAggregate(s, s.Adt.Variants[0]), [.. FieldsOf(source, s, s.Adt.Variants[0]).Select(f => CloneOf(f.Place, f.Type))]), default);
                break;
            case AdtType e:
                SwitchOnVariant(source, e, variant =>
                {
                    var fields = FieldsOf(source.Downcast(variant), e, variant).Select(f => CloneOf(f.Place, f.Type));
                    Push(Place.ReturnPlace, new AggregateRvalue(new AdtAggregate(e, variant), [.. fields]), default);
                });
                break;
            default:
                throw new InvalidOperationException($"no clone shim for `{self}`");
        }
    }

    /// <summary>A copy of a `Copy` part; a call of `Clone::clone` for any other.</summary>
    private Operand CloneOf(Place place, TypeSymbol type)
    {
        if (IsCopy(type)) return new CopyOperand(place);
        var temp = new Place(NewTemp(type, default));
        CloneInto(temp, place, type);
        return new MoveOperand(temp);
    }

    private void CloneInto(Place destination, Place source, TypeSymbol type)
    {
        if (IsCopy(type)) Push(destination, new UseRvalue(new CopyOperand(source)), default);
        else ShimCall(destination, Items.CloneFn, [type], [Borrow(source)], type);
    }

    // ---- Default ----------------------------------------------------------------------------

    private void ShimDefault(Place destination, TypeSymbol self)
    {
        switch (self)
        {
            case PrimitiveType p:
                Push(destination, new UseRvalue(new ConstantOperand(Zero(p))), default);
                break;
            case TupleType t:
                Push(destination, new AggregateRvalue(TupleAggregate.Instance, [.. t.Elements.Select(DefaultOf)]), default);
                break;
            case ArrayType a:
                ForEachIndex(a.Length, i => ShimCall(destination.Index(i), Items.DefaultFn, [a.Element], [], a.Element));
                break;
            case AdtType o when ReferenceEquals(o.Adt, Items.Option):
                Push(destination, new AggregateRvalue(new AdtAggregate(o, Items.OptionNone), []), default);
                break;
            case AdtType { Adt.IsEnum: false } s:
                var fields = s.Adt.Variants[0].Fields.Select(f => DefaultOf(s.FieldType(f)));
                Push(destination, new AggregateRvalue(new AdtAggregate(s, s.Adt.Variants[0]), [.. fields]), default);
                break;
            default:
                throw new InvalidOperationException($"no default shim for `{self}`");
        }
    }

    private MoveOperand DefaultOf(TypeSymbol type)
    {
        var temp = new Place(NewTemp(type, default));
        ShimCall(temp, Items.DefaultFn, [type], [], type);
        return new MoveOperand(temp);
    }

    private static Constant Zero(PrimitiveType type) => type.Kind switch
    {
        PrimitiveKind.Bool => Constant.Bool(false),
        PrimitiveKind.Char => new Constant(type, 0),
        PrimitiveKind.F32 or PrimitiveKind.F64 => new Constant(type, 0.0),
        _ => Constant.Int(0, type),
    };

    // ---- PartialEq and PartialOrd's operators ------------------------------------------------

    /// <summary>`eq`, `ne`, `lt`, `le`, `gt`, `ge` of `Self`: see the summary.</summary>
    private void ShimComparison(BinOp op, TypeSymbol self)
    {
        var (left, right) = (Argument(1).Deref(), Argument(2).Deref());
        switch (self)
        {
            case PrimitiveType { Kind: PrimitiveKind.Str }:
                Push(Place.ReturnPlace, new BinaryRvalue(op, new CopyOperand(Argument(1)), new CopyOperand(Argument(2))), default);
                return;
            case PrimitiveType or RawPointerType:
                Push(Place.ReturnPlace, new BinaryRvalue(op, new CopyOperand(left), new CopyOperand(right)), default);
                return;
            case ReferenceType r:
                ShimCall(Place.ReturnPlace, Symbol, [r.Referent, r.Referent], [new CopyOperand(left), new CopyOperand(right)], TypeSymbol.Bool);
                return;
        }
        if (op == BinOp.Ne)
        {
            var equal = new Place(NewTemp(TypeSymbol.Bool, default));
            ShimCall(equal, Items.ComparisonMethod(BinaryOperator.Eq)!, [self, self], [new CopyOperand(Argument(1)), new CopyOperand(Argument(2))], TypeSymbol.Bool);
            Push(Place.ReturnPlace, new UnaryRvalue(UnOp.Not, new MoveOperand(equal)), default);
            return;
        }
        if (op == BinOp.Eq) ShimEquality(self, left, right);
        else ShimOrdering(op, self, left, right);
    }

    /// <summary>All parts equal: `true`; the first unequal part: `false`.</summary>
    private void ShimEquality(TypeSymbol self, Place left, Place right)
    {
        var unequal = NewBlock();
        switch (self)
        {
            case ArrayType a:
                ForEachIndex(a.Length, i => BranchUnless(CompareParts(BinOp.Eq, left.Index(i), right.Index(i), a.Element), unequal));
                break;
            case SliceType slice:
                // Slices of different lengths are unequal; else element by element, as core's `SlicePartialEq`.
                var length = new CopyOperand(Compute(TypeSymbol.Usize, new LenRvalue(left), default).Place);
                var otherLength = Compute(TypeSymbol.Usize, new LenRvalue(right), default);
                BranchUnless(Flag(BinOp.Eq, length, otherLength, default), unequal);
                ForEachIndex(length, i => BranchUnless(CompareParts(BinOp.Eq, left.Index(i), right.Index(i), slice.Element), unequal));
                break;
            case AdtType { Adt.IsEnum: true } e:
                var same = CompareDiscriminants(BinOp.Eq, left, right);
                BranchUnless(same, unequal);
                SwitchOnVariant(left, e, variant => EqualParts(PairsOf(left, right, e, variant), unequal));
                break;
            default:
                EqualParts(PairsOf(left, right, self), unequal);
                break;
        }
        Push(Place.ReturnPlace, new UseRvalue(new ConstantOperand(Constant.Bool(true))), default);
        Goto(Exit, default);
        MoveTo(unequal);
        Push(Place.ReturnPlace, new UseRvalue(new ConstantOperand(Constant.Bool(false))), default);
    }

    private void EqualParts(IEnumerable<(Place Left, Place Right, TypeSymbol Type)> parts, BasicBlock unequal)
    {
        foreach (var (l, r, type) in parts) BranchUnless(CompareParts(BinOp.Eq, l, r, type), unequal);
    }

    /// <summary>
    /// `lt`/`le`/`gt`/`ge` of a tuple or array: the first part that is not equal decides with the
    /// strict operator; a tuple's last part is compared with the operator itself; all equal is
    /// `le`/`ge` true, `lt`/`gt` false.
    /// </summary>
    private void ShimOrdering(BinOp op, TypeSymbol self, Place left, Place right)
    {
        var strict = op is BinOp.Lt or BinOp.Le ? BinOp.Lt : BinOp.Gt;
        var allEqual = new ConstantOperand(Constant.Bool(op is BinOp.Le or BinOp.Ge));
        switch (self)
        {
            case ArrayType a:
                ForEachIndex(a.Length, i => DecideUnlessEqual(strict, left.Index(i), right.Index(i), a.Element));
                Push(Place.ReturnPlace, new UseRvalue(allEqual), default);
                break;
            case TupleType { Elements.Count: 0 }:
                Push(Place.ReturnPlace, new UseRvalue(allEqual), default);
                break;
            case TupleType t:
                var parts = PairsOf(left, right, t).ToList();
                foreach (var (l, r, type) in parts.SkipLast(1)) DecideUnlessEqual(strict, l, r, type);
                var last = parts[^1];
                Push(Place.ReturnPlace, new UseRvalue(CompareParts(op, last.Left, last.Right, last.Type)), default);
                break;
            default:
                throw new InvalidOperationException($"no ordering shim for `{self}`");
        }
    }

    /// <summary>
    /// When the parts differ, the answer is whether the first is strictly less (greater), and
    /// the shim returns; else it goes on. Primitives are compared with `==` and `&lt;`; any other
    /// part with one `partial_cmp`, as core's `__chaining_lt` does: `Some(Equal)` goes on,
    /// `Some(Less)` answers `lt` true, anything else false.
    /// </summary>
    private void DecideUnlessEqual(BinOp strict, Place left, Place right, TypeSymbol type)
    {
        if (!IsPrimitive(type))
        {
            DecideByPartialCmp(strict == BinOp.Lt ? Items.OrderingLess : Items.OrderingGreater, left, right, type);
            return;
        }
        var differ = NewBlock();
        var next = NewBlock();
        Terminate(new SwitchIntTerminator(default, CompareParts(BinOp.Eq, left, right, type), [new SwitchTarget(0, differ)], next));
        MoveTo(differ);
        Push(Place.ReturnPlace, new UseRvalue(CompareParts(strict, left, right, type)), default);
        Goto(Exit, default);
        MoveTo(next);
    }

    private void DecideByPartialCmp(VariantSymbol wanted, Place left, Place right, TypeSymbol type)
    {
        var answer = OrderingOf(left, right, type);
        var (isTrue, isFalse, next, some) = (NewBlock(), NewBlock(), NewBlock(), NewBlock());
        BranchOnOrdering(answer, some, [(Items.OrderingEqual, next), (wanted, isTrue)], isFalse);
        MoveTo(isTrue);
        Push(Place.ReturnPlace, new UseRvalue(new ConstantOperand(Constant.Bool(true))), default);
        Goto(Exit, default);
        MoveTo(isFalse);
        Push(Place.ReturnPlace, new UseRvalue(new ConstantOperand(Constant.Bool(false))), default);
        Goto(Exit, default);
        MoveTo(next);
    }

    /// <summary>
    /// Jumps on an `Option&lt;Ordering&gt;`: `Some(o)` (through <paramref name="some"/>, which reads o)
    /// to the block given for o, anything else (`None`, or an ordering not listed) to <paramref name="otherwise"/>.
    /// </summary>
    private void BranchOnOrdering(Place answer, BasicBlock some, (VariantSymbol Ordering, BasicBlock Target)[] cases, BasicBlock otherwise)
    {
        var isSome = Compute(TypeSymbol.Isize, new DiscriminantRvalue(answer), default);
        Terminate(new SwitchIntTerminator(default, isSome, [new SwitchTarget(Items.OptionSome.Discriminant, some)], otherwise));
        MoveTo(some);
        var orderingType = OptionOfOrdering().FieldType(Items.OptionSome.Fields[0]);
        var ordering = Compute(TypeSymbol.Isize, new DiscriminantRvalue(answer.Downcast(Items.OptionSome).Field(0, orderingType)), default);
        Terminate(new SwitchIntTerminator(default, ordering, [.. cases.Select(c => new SwitchTarget(c.Ordering.Discriminant, c.Target))], otherwise));
    }

    /// <summary>`_c = PartialOrd::partial_cmp(&amp;l, &amp;r)` into a new temporary.</summary>
    private Place OrderingOf(Place left, Place right, TypeSymbol type)
    {
        var option = OptionOfOrdering();
        var answer = new Place(NewTemp(option, default));
        ShimCall(answer, Items.PartialCmpFn, [type, type], [Borrow(left), Borrow(right)], option);
        return answer;
    }

    /// <summary>`Option&lt;Ordering&gt;`, what `partial_cmp` returns.</summary>
    private AdtType OptionOfOrdering()
    {
        var ordering = new AdtType(Items.Adt(LangItem.Ordering), ValueArray<TypeSymbol>.Empty);
        return new AdtType(Items.Option, new ValueArray<TypeSymbol>([ordering]));
    }

    /// <summary>`op` on two parts: an operation on primitives, otherwise a call of the operator's trait method on references to them.</summary>
    private Operand CompareParts(BinOp op, Place left, Place right, TypeSymbol type)
    {
        if (IsPrimitive(type)) return Flag(op, new CopyOperand(left), new CopyOperand(right), default);
        var result = new Place(NewTemp(TypeSymbol.Bool, default));
        var method = Items.ComparisonMethod(op.Surface())!;
        ShimCall(result, method, [type, type], [Borrow(left), Borrow(right)], TypeSymbol.Bool);
        return new MoveOperand(result);
    }

    private MoveOperand CompareDiscriminants(BinOp op, Place left, Place right) =>
        Flag(op, Compute(TypeSymbol.Isize, new DiscriminantRvalue(left), default), Compute(TypeSymbol.Isize, new DiscriminantRvalue(right), default), default);

    // ---- PartialOrd::partial_cmp --------------------------------------------------------------

    /// <summary>
    /// `partial_cmp`: of primitives, `Some(Less)`, `Some(Greater)`, `Some(Equal)` or (a NaN)
    /// `None`; of anything else, the first part's answer that is not `Some(Equal)`, or
    /// `Some(Equal)`. Enums of different variants compare their discriminants.
    /// </summary>
    private void ShimPartialCmp(TypeSymbol self)
    {
        var (left, right) = (Argument(1).Deref(), Argument(2).Deref());
        switch (self)
        {
            case PrimitiveType { Kind: PrimitiveKind.Str }:
                OrderPrimitives(new CopyOperand(Argument(1)), new CopyOperand(Argument(2)));
                return;
            case PrimitiveType or RawPointerType:
                OrderPrimitives(new CopyOperand(left), new CopyOperand(right));
                return;
            case ReferenceType r:
                ShimCall(Place.ReturnPlace, Symbol, [r.Referent, r.Referent], [new CopyOperand(left), new CopyOperand(right)], Substituted(Symbol.ReturnType));
                return;
            case ArrayType a:
                ForEachIndex(a.Length, i => ReturnUnlessEqual(left.Index(i), right.Index(i), a.Element));
                break;
            case AdtType { Adt.IsEnum: true } e:
                var differ = NewBlock();
                BranchUnless(CompareDiscriminants(BinOp.Eq, left, right), differ);
                SwitchOnVariant(left, e, variant =>
                {
                    foreach (var (l, r, type) in PairsOf(left, right, e, variant)) ReturnUnlessEqual(l, r, type);
                });
                ReturnOrdering(Items.OrderingEqual);
                MoveTo(differ);
                var leftTag = new Place(NewTemp(TypeSymbol.Isize, default));
                var rightTag = new Place(NewTemp(TypeSymbol.Isize, default));
                Push(leftTag, new DiscriminantRvalue(left), default);
                Push(rightTag, new DiscriminantRvalue(right), default);
                ShimCall(Place.ReturnPlace, Symbol, [TypeSymbol.Isize, TypeSymbol.Isize], [Borrow(leftTag), Borrow(rightTag)], Substituted(Symbol.ReturnType));
                return;
            default:
                foreach (var (l, r, type) in PairsOf(left, right, self)) ReturnUnlessEqual(l, r, type);
                break;
        }
        ReturnOrdering(Items.OrderingEqual);
    }

    /// <summary>`_0 = Some(ordering); goto exit`, then a fresh block for what follows.</summary>
    private void ReturnOrdering(VariantSymbol ordering)
    {
        var option = (AdtType)Substituted(Symbol.ReturnType);
        var orderingType = (AdtType)option.FieldType(Items.OptionSome.Fields[0]);
        var value = Compute(orderingType, new AggregateRvalue(new AdtAggregate(orderingType, ordering), []), default);
        Push(Place.ReturnPlace, new AggregateRvalue(new AdtAggregate(option, Items.OptionSome), [value]), default);
        Goto(Exit, default);
    }

    private void OrderPrimitives(Operand left, Operand right)
    {
        foreach (var (op, ordering) in new[] { (BinOp.Lt, Items.OrderingLess), (BinOp.Gt, Items.OrderingGreater), (BinOp.Eq, Items.OrderingEqual) })
        {
            var next = NewBlock();
            var holds = NewBlock();
            Terminate(new SwitchIntTerminator(default, Flag(op, left, right, default), [new SwitchTarget(0, next)], holds));
            MoveTo(holds);
            ReturnOrdering(ordering);
            MoveTo(next);
        }
        Push(Place.ReturnPlace, new AggregateRvalue(new AdtAggregate((AdtType)Substituted(Symbol.ReturnType), Items.OptionNone), []), default);
    }

    /// <summary>`_c = partial_cmp(&amp;l, &amp;r)`; unless `_c` is `Some(Equal)`, it is the answer.</summary>
    private void ReturnUnlessEqual(Place left, Place right, TypeSymbol type)
    {
        var answer = OrderingOf(left, right, type);
        var (decided, some, next) = (NewBlock(), NewBlock(), NewBlock());
        BranchOnOrdering(answer, some, [(Items.OrderingEqual, next)], decided);
        MoveTo(decided);
        Push(Place.ReturnPlace, new UseRvalue(new MoveOperand(answer)), default);
        Goto(Exit, default);
        MoveTo(next);
    }

    // ---- Debug ----------------------------------------------------------------------------------

    /// <summary>
    /// `fmt(&amp;self, f)`: a primitive is one `debug_value`; a reference formats what it points to;
    /// anything else writes its name and brackets and calls `Debug::fmt` on each part, as the
    /// derive writes `f.debug_struct("P").field("x", &amp;self.x).finish()`:
    /// <code>
    /// debug_open(copy _2, Struct, "P");
    /// debug_field(const 0_usize, copy _2, Struct, "x");  _4 = &amp;((*_1).0: i32);
    /// &lt;i32 as Debug&gt;::fmt(move _4, copy _2);  debug_field_end(copy _2);  …
    /// debug_close(copy _2, Struct, 2);
    /// </code>
    /// </summary>
    private void ShimDebug(TypeSymbol self)
    {
        var value = Argument(1).Deref();
        switch (self)
        {
            case PrimitiveType { Kind: PrimitiveKind.Str }:
                EmitDebugStep(Ir.DebugStep.Value, DebugShape.Struct, "", 0, [new CopyOperand(Argument(1)), Formatter]);
                break;
            case PrimitiveType or TupleType { Elements.Count: 0 }:
                EmitDebugStep(Ir.DebugStep.Value, DebugShape.Struct, "", 0, [new CopyOperand(value), Formatter]);
                break;
            case ReferenceType r:
                ShimCall(Place.ReturnPlace, Items.DebugFmtFn, [r.Referent], [new CopyOperand(value), Formatter], FormatResult);
                return;
            case TupleType t:
                DebugParts(DebugShape.Tuple, "", [.. t.Elements.Select((e, i) => (value.Field(i, e), e, ""))]);
                break;
            case ArrayType a:
                EmitDebugStep(Ir.DebugStep.Open, DebugShape.List, "", 0, [Formatter]);
                ForEachIndex(a.Length, i => DebugPart(DebugShape.List, new CopyOperand(new Place(i)), "", value.Index(i), a.Element));
                EmitDebugStep(Ir.DebugStep.Close, DebugShape.List, "", (int)Math.Min(a.Length, int.MaxValue), [Formatter]);
                break;
            case SliceType slice:
                // `[T]`: `self` is a fat `&[T]`; its length is `Len((*_1))`, known at run time.
                var length = new CopyOperand(Compute(TypeSymbol.Usize, new LenRvalue(value), default).Place);
                EmitDebugStep(Ir.DebugStep.Open, DebugShape.List, "", 0, [Formatter]);
                ForEachIndex(length, i => DebugPart(DebugShape.List, new CopyOperand(new Place(i)), "", value.Index(i), slice.Element));
                EmitDebugStep(Ir.DebugStep.Close, DebugShape.List, "", 0, [length, Formatter]);
                break;
            case AdtType { Adt.IsEnum: false } s:
                DebugVariant(value, s, s.Adt.Variants[0]);
                break;
            case AdtType e:
                SwitchOnVariant(value, e, variant => DebugVariant(value.Downcast(variant), e, variant));
                break;
            default:
                throw new InvalidOperationException($"no Debug shim for `{self}`");
        }
        ReturnFormatOk();
    }

    /// <summary>
    /// std's `Display` of the primitives, `str` and `String` (one `display_value`, formatted with the
    /// formatter's spec as `{}` formats it in place), and of `&amp;T` (T's `fmt`, as std's
    /// `impl&lt;T: Display + ?Sized&gt; Display for &amp;T`).
    /// </summary>
    private void ShimDisplay(TypeSymbol self)
    {
        switch (self)
        {
            case ReferenceType r:
                ShimCall(Place.ReturnPlace, Items.DisplayFmtFn, [r.Referent], [new CopyOperand(Argument(1).Deref()), Formatter], FormatResult);
                return;
            case PrimitiveType { Kind: PrimitiveKind.Str } or AdtType { Adt.IsString: true }:
                EmitDebugStep(Ir.DebugStep.DisplayValue, DebugShape.Struct, "", 0, [new CopyOperand(Argument(1)), Formatter]);
                break;
            case PrimitiveType:
                EmitDebugStep(Ir.DebugStep.DisplayValue, DebugShape.Struct, "", 0, [new CopyOperand(Argument(1).Deref()), Formatter]);
                break;
            default:
                throw new InvalidOperationException($"no Display shim for `{self}`");
        }
        ReturnFormatOk();
    }

    /// <summary>`fmt::Result`, what a `fmt` shim returns.</summary>
    private TypeSymbol FormatResult => Substituted(Symbol.ReturnType);

    /// <summary>Whether the shim ends with `_0 = Ok(())`, in its last block (formatting into the runtime's buffer does not fail).</summary>
    private bool _returnsFormatOk;

    private void ReturnFormatOk() => _returnsFormatOk = true;

    private static Operand Formatter => new CopyOperand(Argument(2));

    private void DebugVariant(Place place, AdtType type, VariantSymbol variant)
    {
        var shape = variant.Kind == StructKind.Named ? DebugShape.Struct : DebugShape.TupleStruct;
        DebugParts(shape, variant.Name, [.. variant.Fields.Select(f => (place.Field(f.Index, type.FieldType(f)), type.FieldType(f), f.Name))]);
    }

    private void DebugParts(DebugShape shape, string name, (Place Place, TypeSymbol Type, string Name)[] parts)
    {
        EmitDebugStep(Ir.DebugStep.Open, shape, name, 0, [Formatter]);
        for (var i = 0; i < parts.Length; i++)
            DebugPart(shape, new ConstantOperand(Constant.Usize(i)), shape == DebugShape.Struct ? parts[i].Name : "", parts[i].Place, parts[i].Type);
        EmitDebugStep(Ir.DebugStep.Close, shape, name, parts.Length, [Formatter]);
    }

    /// <summary>The separator (and field name), `Debug::fmt` of the part, and the part's end.</summary>
    private void DebugPart(DebugShape shape, Operand index, string name, Place part, TypeSymbol type)
    {
        EmitDebugStep(Ir.DebugStep.Field, shape, name, 0, [index, Formatter]);
        var result = new Place(NewTemp(FormatResult, default));
        ShimCall(result, Items.DebugFmtFn, [type], [Borrow(part), Formatter], FormatResult);
        EmitDebugStep(Ir.DebugStep.FieldEnd, shape, "", 0, [Formatter]);
    }

    private void EmitDebugStep(Ir.DebugStep step, DebugShape shape, string name, int count, ImmutableArray<Operand> arguments)
    {
        var unit = new Place(NewTemp(TypeSymbol.Unit, default));
        EmitCall(unit, new DebugCallee(step, shape, name, count), arguments, TypeSymbol.Unit, default);
    }

    // ---- Arithmetic ---------------------------------------------------------------------------

    /// <summary>`add(self, rhs)` and `add_assign(&amp;mut self, rhs)`: the builder's checked operation (a `&amp;T` right operand is read through).</summary>
    private void ShimArithmetic(LangItem trait, TypeSymbol self)
    {
        var op = OperatorTraits.OperatorOf(trait);
        var rhsType = Shim.TypeArguments[1];
        var (rhs, rhsValueType) = rhsType is ReferenceType r ? ((Operand)new CopyOperand(Argument(2).Deref()), r.Referent) : (new CopyOperand(Argument(2)), rhsType);
        var isAssignment = Symbol.Parameters[0].Type is ReferenceType;
        var target = isAssignment ? Argument(1).Deref() : Argument(1);
        var value = LowerArithmetic(op, new CopyOperand(target), rhs, self, rhsValueType, default);
        Push(isAssignment ? target : Place.ReturnPlace, value, default);
    }

    private void ShimNegation(TypeSymbol self)
    {
        var operand = new CopyOperand(Argument(1));
        if (self.IsSignedInteger && _options.OverflowChecks)
        {
            var isMin = Flag(BinOp.Eq, operand, Const(IntegerRanges.Min(((PrimitiveType)self).Kind), self), default);
            Assert(isMin, expected: false, NegationOverflowMessage.Instance, default);
        }
        Push(Place.ReturnPlace, new UnaryRvalue(UnOp.Neg, operand), default);
    }

    // ---- Helpers ------------------------------------------------------------------------------

    /// <summary>A call of a trait method for concrete types, which the collector resolves like any other.</summary>
    private void ShimCall(Place destination, FunctionSymbol method, TypeSymbol[] typeArguments, ImmutableArray<Operand> arguments, TypeSymbol returnType) =>
        EmitCall(destination, new FnCallee(method, new ValueArray<TypeSymbol>(typeArguments)), arguments, returnType, default);

    private MoveOperand Borrow(Place place) => Compute(new ReferenceType(TypeOf(place), false), new RefRvalue(false, place), default);

    /// <summary>Goes on when the condition holds, and to <paramref name="otherwise"/> when it does not.</summary>
    private void BranchUnless(Operand condition, BasicBlock otherwise)
    {
        var next = NewBlock();
        Terminate(new SwitchIntTerminator(default, condition, [new SwitchTarget(0, otherwise)], next));
        MoveTo(next);
    }

    /// <summary>
    /// `_i = 0; loop { if !(_i &lt; n) break; body(_i); _i = Add(_i, 1) }` over the indices of an
    /// array (in range by construction, so no bounds check).
    /// </summary>
    private void ForEachIndex(long length, Action<Local> body) => ForEachIndex(new ConstantOperand(Constant.Usize(length)), body);

    /// <summary>The same over a length known at run time (a slice's `Len`).</summary>
    private void ForEachIndex(Operand length, Action<Local> body)
    {
        var index = NewTemp(TypeSymbol.Usize, default);
        Push(new Place(index), new UseRvalue(new ConstantOperand(Constant.Usize(0))), default);
        var head = NewBlock();
        var exit = NewBlock();
        Goto(head, default);
        MoveTo(head);
        BranchUnless(Flag(BinOp.Lt, new CopyOperand(new Place(index)), length, default), exit);
        body(index);
        Push(new Place(index), new BinaryRvalue(BinOp.Add, new CopyOperand(new Place(index)), new ConstantOperand(Constant.Usize(1))), default);
        Goto(head, default);
        MoveTo(exit);
    }

    /// <summary>A switch on the variant of the enum at <paramref name="place"/>; each arm runs <paramref name="arm"/> and joins after the switch.</summary>
    private void SwitchOnVariant(Place place, AdtType type, Action<VariantSymbol> arm)
    {
        var discriminant = Compute(TypeSymbol.Isize, new DiscriminantRvalue(place), default);
        var arms = type.Adt.Variants.Select(v => (Variant: v, Block: NewBlock())).ToList();
        var never = NewBlock();
        SetTerminator(never, new UnreachableTerminator(default));
        var join = NewBlock();
        Terminate(new SwitchIntTerminator(default, discriminant, [.. arms.Select(a => new SwitchTarget(new BigInteger(a.Variant.Discriminant), a.Block))], never));
        foreach (var (variant, block) in arms)
        {
            MoveTo(block);
            arm(variant);
            Goto(join, default);
        }
        MoveTo(join);
    }

    /// <summary>The fields of a struct or (after a downcast) of a variant, as places with their types.</summary>
    private static IEnumerable<(Place Place, TypeSymbol Type)> FieldsOf(Place place, AdtType type, VariantSymbol variant) =>
        variant.Fields.Select(f => (place.Field(f.Index, type.FieldType(f)), type.FieldType(f)));

    /// <summary>The parts of two tuples or structs side by side.</summary>
    private static IEnumerable<(Place Left, Place Right, TypeSymbol Type)> PairsOf(Place left, Place right, TypeSymbol type) => type switch
    {
        TupleType t => t.Elements.Select((e, i) => (left.Field(i, e), right.Field(i, e), e)),
        AdtType { Adt.IsEnum: false } s => PairsOf(left, right, s, s.Adt.Variants[0]),
        _ => throw new InvalidOperationException($"`{type}` has no fields side by side"),
    };

    private static IEnumerable<(Place Left, Place Right, TypeSymbol Type)> PairsOf(Place left, Place right, AdtType type, VariantSymbol variant)
    {
        var (l, r) = type.Adt.IsEnum ? (left.Downcast(variant), right.Downcast(variant)) : (left, right);
        return variant.Fields.Select(f => (l.Field(f.Index, type.FieldType(f)), r.Field(f.Index, type.FieldType(f)), type.FieldType(f)));
    }
}
