using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Tests.Llvm;

/// <summary>Modules built through the safe layer, shared by the tests.</summary>
internal static class SampleModules
{
    /// <summary>
    /// An iterative factorial that traps on overflow, and a main that exits with 0 when 5! = 120:
    /// <code>
    /// fn factorial(n: i32) -> i32 { let mut acc = 1; let mut i = 1; while i &lt;= n { acc *= i; i += 1 } acc }
    /// fn main() -> i32 { if factorial(5) == 120 { 0 } else { 1 } }
    /// </code>
    /// acc lives in an alloca (as a naive front end emits it), i is a phi, and the multiplication
    /// goes through llvm.smul.with.overflow.i32 whose two results are pulled out with extractvalue.
    /// </summary>
    public static LlvmModule Factorial(LlvmContext context, string? triple = null, LlvmTargetMachine? machine = null)
    {
        var module = context.CreateModule("factorial");
        if (machine is not null) machine.ConfigureModule(module);
        else if (triple is not null) module.SetTarget(triple);

        var i32 = context.Int32;
        var factorialType = context.Function(i32, [i32]);
        var factorial = module.AddFunction("factorial", factorialType);
        factorial.AddFunctionAttribute("noinline");
        factorial.AddFunctionAttribute("nounwind");
        var n = factorial.GetParam(0);
        n.SetName("n");

        var entry = context.AppendBasicBlock(factorial, "entry");
        var loop = context.AppendBasicBlock(factorial, "loop");
        var body = context.AppendBasicBlock(factorial, "body");
        var overflow = context.AppendBasicBlock(factorial, "overflow");
        var next = context.AppendBasicBlock(factorial, "next");
        var exit = context.AppendBasicBlock(factorial, "exit");

        using var b = context.CreateBuilder();
        b.PositionAtEnd(entry);
        var acc = b.BuildAlloca(i32, "acc");
        b.BuildStore(context.ConstInt(i32, 1), acc);
        b.BuildBr(loop);

        b.PositionAtEnd(loop);
        var i = b.BuildPhi(i32, "i");
        var more = b.BuildICmp(LLVMIntPredicate.LLVMIntSLE, i, n, "more");
        b.BuildCondBr(more, body, exit);

        b.PositionAtEnd(body);
        var smul = module.GetIntrinsicDeclaration("llvm.smul.with.overflow", i32);
        var current = b.BuildLoad2(i32, acc, "current");
        var pair = b.BuildCall2(smul.GlobalValueType, smul, [current, i], "pair");
        var product = b.BuildExtractValue(pair, 0, "product");
        var overflowed = b.BuildExtractValue(pair, 1, "overflowed");
        b.BuildCondBr(overflowed, overflow, next);

        b.PositionAtEnd(overflow);
        var trap = module.GetIntrinsicDeclaration("llvm.trap");
        b.BuildCall2(trap.GlobalValueType, trap, []);
        b.BuildUnreachable();

        b.PositionAtEnd(next);
        b.BuildStore(product, acc);
        var step = b.BuildNSWAdd(i, context.ConstInt(i32, 1), "step");
        b.BuildBr(loop);

        i.AddIncoming([context.ConstInt(i32, 1), step], [entry, next]);

        b.PositionAtEnd(exit);
        b.BuildRet(b.BuildLoad2(i32, acc, "result"));

        var main = module.AddFunction("main", context.Function(i32, []));
        b.PositionAtEnd(context.AppendBasicBlock(main, "entry"));
        var five = b.BuildCall2(factorialType, factorial, [context.ConstInt(i32, 5)], "five");
        var right = b.BuildICmp(LLVMIntPredicate.LLVMIntEQ, five, context.ConstInt(i32, 120), "right");
        b.BuildRet(b.BuildSelect(right, context.ConstInt(i32, 0), context.ConstInt(i32, 1), "code"));
        return module;
    }

    /// <summary>
    /// One function touching every other builder family: named and literal structs, a constant
    /// string global, memcpy/memset, GEPs, a switch, casts, float arithmetic and aggregates.
    /// </summary>
    public static LlvmModule Kitchen(LlvmContext context)
    {
        var module = context.CreateModule("kitchen");
        var (i8, i32, i64, f64, ptr) = (context.Int8, context.Int32, context.Int64, context.Double, context.Pointer);

        var point = context.CreateNamedStruct("Point");
        point.StructSetBody([i32, f64]);
        var text = context.ConstString("hello", nullTerminate: true);
        var greeting = module.AddGlobal(text.TypeOf, "greeting");
        greeting.SetInitializer(text);
        greeting.SetGlobalConstant(true);
        greeting.SetLinkage(LLVMLinkage.LLVMPrivateLinkage);
        greeting.SetUnnamedAddress(LLVMUnnamedAddr.LLVMGlobalUnnamedAddr);
        greeting.SetAlignment(1);
        var origin = module.AddGlobal(point, "origin");
        origin.SetInitializer(context.ConstNamedStruct(point, [context.ConstInt(i32, 3), context.ConstReal(f64, 0.5)]));
        var table = module.AddGlobal(context.Array(i64, 2), "table");
        table.SetInitializer(context.ConstArray(i64, [context.ConstInt(i64, 7), context.ConstInt128(i64, (Int128)(-1))]));
        var pair = module.AddGlobal(context.Struct([i8, i64]), "pair");
        pair.SetInitializer(context.ConstStruct([context.ConstInt(i8, 1), context.ConstNull(i64)]));

        var kitchen = module.AddFunction("kitchen", context.Function(f64, [i32, ptr]));
        kitchen.AddFunctionAttribute("cold");
        var (x, out_) = (kitchen.GetParam(0), kitchen.GetParam(1));
        var entry = context.AppendBasicBlock(kitchen, "entry");
        var one = context.AppendBasicBlock(kitchen, "one");
        var other = context.AppendBasicBlock(kitchen, "other");

        using var b = context.CreateBuilder();
        b.PositionAtEnd(entry);
        var buffer = b.BuildArrayAlloca(i8, context.ConstInt(i64, 16), "buffer");
        b.BuildMemSet(buffer, context.ConstInt(i8, 0), context.ConstInt(i64, 16), 1);
        b.BuildMemCpy(buffer, 1, greeting, 1, context.ConstInt(i64, 6));
        var third = b.BuildInBoundsGEP2(i8, buffer, [context.ConstInt(i64, 2)], "third");
        var byteValue = b.BuildLoad2(i8, third, "byte");
        var wide = b.BuildZExt(byteValue, i64, "wide");
        var slot = b.BuildGEP2(context.Array(i64, 2), table, [context.ConstInt(i64, 0), context.ConstInt(i64, 1)], "slot");
        b.BuildStore(wide, slot);
        var field = b.BuildStructGEP2(point, origin, 1, "field");
        var half = b.BuildLoad2(f64, field, "half");
        var agg = b.BuildInsertValue(context.Undef(point), x, 0, "agg");
        var back = b.BuildExtractValue(agg, 0, "back");
        var sum = b.BuildAdd(back, b.BuildMul(x, x, "sq"), "sum");
        var masked = b.BuildAnd(b.BuildLShr(sum, context.ConstInt(i32, 1)), context.ConstInt(i32, 255), "masked");
        var asFloat = b.BuildSIToFP(masked, f64, "as_float");
        var scaled = b.BuildFMul(b.BuildFAdd(asFloat, half), context.ConstReal(f64, 2.0), "scaled");
        b.BuildStore(b.BuildPtrToInt(out_, i64, "addr"), b.BuildIntToPtr(b.BuildPtrToInt(out_, i64), ptr, "same"));
        var isNull = b.BuildIsNull(out_, "is_null");
        var narrowed = b.BuildIntCast2(b.BuildZExt(isNull, i32), i8, isSigned: false, "narrowed");
        var sw = b.BuildSwitch(b.BuildSExt(narrowed, i32), other, 1);
        sw.AddCase(context.ConstInt(i32, 1), one);

        b.PositionAtEnd(one);
        b.BuildRet(b.BuildFNeg(scaled, "negated"));

        b.PositionAtEnd(other);
        var less = b.BuildFCmp(LLVMRealPredicate.LLVMRealOLT, scaled, context.ConstReal(f64, 0), "less");
        b.BuildRet(b.BuildSelect(less, context.ConstReal(f64, 0), b.BuildFDiv(scaled, half), "clamped"));
        return module;
    }
}
