using ToyRust.Llvm.Interop;
using ToyRust.Mono;
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
        LLVMValueRef Load(int i) => _builder.BuildLoad2(Lower(((ReferenceType)args[i].Type).Referent), args[i].Value, "");
        switch (target.Method)
        {
            case "clone":
                return Load(0);
            case "eq" or "ne" or "lt" or "le" or "gt" or "ge":
                return EmitComparison(ComparisonOperator(target.Method), Load(0), Load(1), self);
            case "default":
                return EmitDefault(self);
            case "neg":
                return self.IsFloat ? _builder.BuildFNeg(args[0].Value, "") : EmitChecked("llvm.ssub.with.overflow", _context.ConstInt(Lower(self), 0, false), args[0].Value, "attempt to negate with overflow", span, () => _builder.BuildNeg(args[0].Value, ""));
            case "add_assign" or "sub_assign" or "mul_assign" or "div_assign" or "rem_assign":
                var current = Load(0);
                _builder.BuildStore(EmitArithmetic(ArithmeticOperator(target.Method), current, args[1].Value, self, args[1].Type, span), args[0].Value);
                return UnitValue;
            default:
                _ = resultType;
                return EmitArithmetic(ArithmeticOperator(target.Method), args[0].Value, args[1].Value, self, args[1].Type, span);
        }
    }

    private static BinaryOperator ComparisonOperator(string method) => method switch
    {
        "eq" => BinaryOperator.Eq,
        "ne" => BinaryOperator.Ne,
        "lt" => BinaryOperator.Lt,
        "le" => BinaryOperator.Le,
        "gt" => BinaryOperator.Gt,
        _ => BinaryOperator.Ge,
    };

    private static BinaryOperator ArithmeticOperator(string method) => method switch
    {
        "add" or "add_assign" => BinaryOperator.Add,
        "sub" or "sub_assign" => BinaryOperator.Sub,
        "mul" or "mul_assign" => BinaryOperator.Mul,
        "div" or "div_assign" => BinaryOperator.Div,
        _ => BinaryOperator.Rem,
    };

    /// <summary>`Default::default()`: zero for numbers, `false`, `'\0'`, and field by field for derived structs.</summary>
    private LLVMValueRef EmitDefault(TypeSymbol type)
    {
        if (type is AdtType { Adt.IsEnum: false } adt)
        {
            var value = _context.Poison(Lower(type));
            var fields = adt.Adt.Variants[0].Fields;
            foreach (var f in fields) value = _builder.BuildInsertValue(value, EmitDefault(adt.FieldType(f)), (uint)f.Index, "");
            return value;
        }
        return _context.ConstNull(Lower(type));
    }

    /// <summary>An operator on a struct or enum (`p + q`): the impl's method, found by the instance resolver.</summary>
    private LLVMValueRef? EmitOperatorCall(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol leftType, TypeSymbol rightType)
    {
        if (_module.Program.Resolver.ResolveOperator(op, leftType, rightType) is not { } target) return null;
        var (function, type) = _module.FunctionFor(_module.Program.Lookup(target));
        return _builder.BuildCall2(type, function, [left, right], "");
    }
}
