using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

/// <summary>
/// The methods of the impls the compiler provides (primitive types, `#[derive]`), emitted inline
/// where a generic body calls them: `a.clone()` with T = i32 is a load, `a.lt(&amp;b)` an `icmp`.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef EmitBuiltinMethod(BuiltinTarget target, (LLVMValueRef Value, TypeSymbol Type)[] args, TypeSymbol resultType, TextSpan span)
    {
        var self = target.SelfType;
        var langItems = _module.Program.LangItems;
        LLVMValueRef Load(int i) => _builder.BuildLoad2(Lower(((ReferenceType)args[i].Type).Referent), args[i].Value, "");
        switch (target.Trait)
        {
            case LangItem.Clone:
                return EmitClone(Load(0), self);
            case LangItem.PartialEq or LangItem.PartialOrd when langItems.ComparisonOf(target.Method) is { } comparison:
                return EmitComparison(comparison, Load(0), Load(1), self);
            case LangItem.PartialOrd when ReferenceEquals(target.Method, langItems.PartialCmpFn):
                return EmitPartialCmp(Load(0), Load(1), self, (AdtType)resultType);
            case LangItem.Default:
                return EmitDefault(self);
            case LangItem.Neg:
                return self.IsFloat ? _builder.BuildFNeg(args[0].Value, "") : EmitChecked("llvm.ssub.with.overflow", _context.ConstInt(Lower(self), 0, false), args[0].Value, "attempt to negate with overflow", span, () => _builder.BuildNeg(args[0].Value, ""));
            case LangItem.AddAssign or LangItem.SubAssign or LangItem.MulAssign or LangItem.DivAssign or LangItem.RemAssign:
                var current = Load(0);
                _builder.BuildStore(EmitArithmetic(OperatorTraits.OperatorOf(target.Trait), current, args[1].Value, self, args[1].Type, span), args[0].Value);
                return UnitValue;
            case LangItem.Add or LangItem.Sub or LangItem.Mul or LangItem.Div or LangItem.Rem:
                return EmitArithmetic(OperatorTraits.OperatorOf(target.Trait), args[0].Value, args[1].Value, self, args[1].Type, span);
            default:
                throw new InvalidOperationException($"no built-in `{target.Method.DisplayName}` for `{self}`");
        }
    }

    /// <summary>
    /// A clone: a copy of the bits, except where a part of the value has a hand-written `Clone`
    /// (which a derived `Clone` calls): such parts are cloned through it, struct fields and tuple
    /// and array elements one by one.
    /// </summary>
    private LLVMValueRef EmitClone(LLVMValueRef value, TypeSymbol type)
    {
        var resolver = _module.Program.Resolver;
        if (resolver.ResolveUserClone(type) is { } user)
        {
            var slot = Alloca(Lower(type), "clone.src");
            _builder.BuildStore(value, slot);
            var (function, fnType) = _module.FunctionFor(_module.Program.Lookup(user));
            return _builder.BuildCall2(fnType, function, [slot], "");
        }
        if (!InstanceResolver.PartsOf(type).Skip(1).Any(p => resolver.ResolveUserClone(p) is not null)) return value;
        return type switch
        {
            AdtType { Adt.IsEnum: false } s => CloneElements(value, [.. s.Adt.Variants[0].Fields.Select(s.FieldType)]),
            TupleType t => CloneElements(value, [.. t.Elements]),
            ArrayType a => CloneElements(value, [.. Enumerable.Repeat(a.Element, (int)a.Length)]),
            AdtType e => CloneEnum(value, e),
            _ => value,
        };
    }

    private LLVMValueRef CloneElements(LLVMValueRef value, TypeSymbol[] elements)
    {
        for (var i = 0; i < elements.Length; i++)
            value = _builder.BuildInsertValue(value, EmitClone(_builder.BuildExtractValue(value, (uint)i, ""), elements[i]), (uint)i, "");
        return value;
    }

    /// <summary>An enum: the payload of whichever variant it holds is cloned through that variant's view.</summary>
    private LLVMValueRef CloneEnum(LLVMValueRef value, AdtType type)
    {
        var slot = Alloca(Lower(type), "clone");
        _builder.BuildStore(value, slot);
        var done = AppendBlock("clone.done");
        var @switch = _builder.BuildSwitch(LoadTag(type, slot), done, (uint)type.Adt.Variants.Length);
        foreach (var variant in type.Adt.Variants.Where(v => !v.Fields.IsEmpty))
        {
            var block = AppendBlock("clone." + variant.Name);
            @switch.AddCase(_context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)variant.Discriminant), true), block);
            _builder.PositionAtEnd(block);
            var view = Types.Variant(type, variant);
            var payload = PayloadPointer(type, slot);
            _builder.BuildStore(CloneElements(_builder.BuildLoad2(view, payload, ""), [.. variant.Fields.Select(type.FieldType)]), payload);
            _builder.BuildBr(done);
        }
        _builder.PositionAtEnd(done);
        return _builder.BuildLoad2(Lower(type), slot, "");
    }



    /// <summary>
    /// `partial_cmp` of the compiler's impls: `Some(Less | Equal | Greater)`, or `None` when the
    /// values are unordered (a NaN). Built as `Option&lt;Ordering&gt;` through its layout.
    /// </summary>
    private LLVMValueRef EmitPartialCmp(LLVMValueRef left, LLVMValueRef right, TypeSymbol type, AdtType optionOfOrdering)
    {
        var langItems = _module.Program.LangItems;
        var some = langItems.OptionSome;
        var none = langItems.OptionNone;
        var ordering = (AdtType)optionOfOrdering.FieldType(some.Fields[0]);
        var less = EmitComparison(BinaryOperator.Lt, left, right, type);
        var greater = EmitComparison(BinaryOperator.Gt, left, right, type);
        var equal = EmitComparison(BinaryOperator.Eq, left, right, type);
        var tagType = Types.Tag(ordering.Adt);
        LLVMValueRef Discriminant(VariantSymbol variant) => _context.ConstInt(tagType, unchecked((ulong)variant.Discriminant), true);
        var orderingTag = _builder.BuildSelect(less, Discriminant(langItems.OrderingLess),
            _builder.BuildSelect(greater, Discriminant(langItems.OrderingGreater), Discriminant(langItems.OrderingEqual), ""), "");
        var orderingValue = _builder.BuildInsertValue(_context.Poison(Lower(ordering)), orderingTag, 0, "");
        var slot = Alloca(Lower(optionOfOrdering), "partial_cmp");
        var optionTag = Types.Tag(optionOfOrdering.Adt);
        var ordered = _builder.BuildOr(_builder.BuildOr(less, greater, ""), equal, "");
        var tag = _builder.BuildSelect(ordered, _context.ConstInt(optionTag, unchecked((ulong)some.Discriminant), true), _context.ConstInt(optionTag, unchecked((ulong)none.Discriminant), true), "");
        _builder.BuildStore(tag, _builder.BuildStructGEP2(Lower(optionOfOrdering), slot, 0, ""));
        _builder.BuildStore(orderingValue, FieldPointer(optionOfOrdering, some, slot, 0));
        return _builder.BuildLoad2(Lower(optionOfOrdering), slot, "");
    }

    /// <summary>
    /// `Default::default()`: zero for numbers, `false`, `'\0'`, `None`; a derived struct field by
    /// field, calling the user's `impl Default` of a field's type where there is one.
    /// </summary>
    private LLVMValueRef EmitDefault(TypeSymbol type)
    {
        if (_module.Program.Resolver.ResolveUserDefault(type) is { } user)
        {
            var (function, fnType) = _module.FunctionFor(_module.Program.Lookup(user));
            return _builder.BuildCall2(fnType, function, [], "");
        }
        if (type is AdtType { Adt.IsEnum: false } adt)
        {
            var value = _context.Poison(Lower(type));
            var fields = adt.Adt.Variants[0].Fields;
            foreach (var f in fields) value = _builder.BuildInsertValue(value, EmitDefault(adt.FieldType(f)), (uint)f.Index, "");
            return value;
        }
        return _context.ConstNull(Lower(type));
    }

}
