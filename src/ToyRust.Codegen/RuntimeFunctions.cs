using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Codegen;

/// <summary>Declarations of the C runtime's functions (Driver/Runtime/toyrust_rt.c), by their C signatures.</summary>
internal sealed class RuntimeFunctions
{
    public RuntimeFunctions(LlvmContext context, LlvmModule module)
    {
        var ptr = context.Pointer;
        var i64 = context.Int64;
        var i32 = context.Int32;
        var v = context.Void;
        (LLVMValueRef, LLVMTypeRef) Declare(string name, LLVMTypeRef ret, LLVMTypeRef[] parameters, bool noReturn = false, bool unwinds = false)
        {
            var type = context.Function(ret, parameters);
            var fn = module.AddFunction(name, type);
            if (noReturn)
            {
                fn.AddFunctionAttribute("noreturn");
                fn.AddFunctionAttribute("cold");
            }
            if (!unwinds) fn.AddFunctionAttribute("nounwind");
            return (fn, type);
        }
        BufStr = Declare("__toyrust_buf_str", v, [ptr, ptr, i64, ptr]);
        BufStrDebug = Declare("__toyrust_buf_str_debug", v, [ptr, ptr, i64, ptr]);
        BufInt = Declare("__toyrust_buf_int", v, [ptr, i64, i32, i32, ptr]);
        BufInt128 = Declare("__toyrust_buf_int128", v, [ptr, i64, i64, i32, ptr]);
        BufBool = Declare("__toyrust_buf_bool", v, [ptr, i32, ptr]);
        BufChar = Declare("__toyrust_buf_char", v, [ptr, i32, ptr]);
        BufCharDebug = Declare("__toyrust_buf_char_debug", v, [ptr, i32, ptr]);
        BufFloat = Declare("__toyrust_buf_float", v, [ptr, context.Double, i32, ptr]);
        Print = Declare("__toyrust_print", v, [i32, ptr]);
        Flush = Declare("__toyrust_flush", v, []);
        // A panic unwinds the stack (running the cleanups of every frame) before the process exits with 101.
        Panic = Declare("__toyrust_panic", v, [ptr, ptr, i64, i32, i32], noReturn: true, unwinds: true);
        PanicStr = Declare("__toyrust_panic_str", v, [ptr, i64, ptr, i64, i32, i32], noReturn: true, unwinds: true);
        PanicBounds = Declare("__toyrust_panic_bounds", v, [i64, i64, ptr, i64, i32, i32], noReturn: true, unwinds: true);
        // libgcc's personality for cleanup-only landing pads (the one C's `__attribute__((cleanup))` uses).
        Personality = module.AddFunction("__gcc_personality_v0", context.Function(i32, [], isVarArg: true));
        LandingPadType = context.Struct([ptr, i32]);
        Exit = Declare("__toyrust_exit", v, [i32], noReturn: true);
        Alloc = Declare("__toyrust_alloc", ptr, [i64, i64]);
        Dealloc = Declare("__toyrust_dealloc", v, [ptr, i64, i64]);
        Realloc = Declare("__toyrust_realloc", ptr, [ptr, i64, i64, i64]);
        AllocError = Declare("__toyrust_alloc_error", v, [i64, i64], noReturn: true);
        StrEq = Declare("__toyrust_str_eq", i32, [ptr, i64, ptr, i64]);
        StrCmp = Declare("__toyrust_str_cmp", i32, [ptr, i64, ptr, i64]);
        DebugOpen = Declare("__toyrust_dbg_open", v, [ptr, ptr, i64, i32]);
        DebugField = Declare("__toyrust_dbg_field", v, [ptr, i32, i32, ptr, i64]);
        DebugFieldEnd = Declare("__toyrust_dbg_field_end", v, [ptr]);
        DebugClose = Declare("__toyrust_dbg_close", v, [ptr, i32, i32]);
        FormatterPad = Declare("__toyrust_fmt_pad", v, [ptr, ptr, i64]);
        FormatterQuery = Declare("__toyrust_fmt_query", i64, [ptr, i32]);
    }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufStr { get; }

    /// <summary>`__toyrust_panic_bounds(index, len, file, file_len, line, col)`: the bounds-check panic, message included.</summary>
    public (LLVMValueRef Function, LLVMTypeRef Type) PanicBounds { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufStrDebug { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufInt { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufInt128 { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufBool { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufChar { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufCharDebug { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) BufFloat { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Print { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Flush { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Panic { get; }

    /// <summary>The personality function of every function with a landing pad.</summary>
    public LLVMValueRef Personality { get; }

    /// <summary>`{ ptr, i32 }`: what a landing pad receives (the exception and its selector).</summary>
    public LLVMTypeRef LandingPadType { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) PanicStr { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Exit { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Alloc { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Dealloc { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) Realloc { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) AllocError { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) StrEq { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) StrCmp { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) DebugOpen { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) DebugField { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) DebugFieldEnd { get; }

    public (LLVMValueRef Function, LLVMTypeRef Type) DebugClose { get; }

    /// <summary>`__toyrust_fmt_pad(f, ptr, len)`: `Formatter::pad`.</summary>
    public (LLVMValueRef Function, LLVMTypeRef Type) FormatterPad { get; }

    /// <summary>`__toyrust_fmt_query(f, what)`: the width (0), precision (1), fill (2) or flags (3) of a formatter's spec.</summary>
    public (LLVMValueRef Function, LLVMTypeRef Type) FormatterQuery { get; }

    public LLVMValueRef Call(LlvmBuilder builder, (LLVMValueRef Function, LLVMTypeRef Type) callee, params LLVMValueRef[] args) =>
        builder.BuildCall2(callee.Type, callee.Function, args, "");
}
