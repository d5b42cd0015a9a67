using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;

namespace ToyRust.Codegen;

/// <summary>
/// Unwinding. A terminator with a cleanup block (a call, an assert's panic, `panic!`, a drop) calls
/// with `invoke`; when the callee unwinds, control enters a *landing pad* made for that cleanup
/// block, which saves the exception and jumps to the MIR cleanup code (drops, then `resume`):
/// <code>
///   invoke void @f() to label %cont unwind label %lp.bb7
/// lp.bb7:
///   %lp = landingpad { ptr, i32 } cleanup        ; one per cleanup block, shared by its invokes
///   store { ptr, i32 } %lp, ptr %exception
///   br label %bb7                                ; bb7 (cleanup): drop(_2) -> bb8; bb8: resume
/// </code>
/// The personality is libgcc's `__gcc_personality_v0`, which runs cleanup landing pads; the
/// runtime's panic starts a forced unwind after printing the message and exits with 101 when it
/// reaches the end of the stack (toyrust_rt.c), as rustc's `lang_start` returns 101.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private readonly Dictionary<BasicBlock, LLVMBasicBlockRef> _landingPads = [];
    private LLVMValueRef _exceptionSlot;

    /// <summary>The cleanup of the terminator being emitted; calls that can unwind are invokes to its landing pad.</summary>
    private BasicBlock? _unwindTo;

    /// <summary>Calls <paramref name="function"/>; with a cleanup, as an `invoke` that continues in a new block.</summary>
    private LLVMValueRef CallOrInvoke(LLVMTypeRef type, LLVMValueRef function, LLVMValueRef[] arguments)
    {
        if (_unwindTo is not { } cleanup) return _builder.BuildCall2(type, function, arguments, "");
        var next = AppendBlock("cont");
        var value = _builder.BuildInvoke2(type, function, arguments, next, LandingPadFor(cleanup));
        _builder.PositionAtEnd(next);
        return value;
    }

    private LLVMBasicBlockRef LandingPadFor(BasicBlock cleanup)
    {
        if (_landingPads.TryGetValue(cleanup, out var pad)) return pad;
        var runtime = _module.Runtime;
        EnsureExceptionSlot();
        var current = _builder.InsertBlock;
        pad = AppendBlock($"lp.{cleanup}");
        _builder.PositionAtEnd(pad);
        var caught = _builder.BuildCleanupLandingPad(runtime.LandingPadType, runtime.Personality);
        _builder.BuildStore(caught, _exceptionSlot);
        _builder.BuildBr(BlockOf(cleanup));
        _builder.PositionAtEnd(current);
        return _landingPads[cleanup] = pad;
    }

    /// <summary>`resume`: the exception a landing pad saved goes on unwinding into the caller.</summary>
    private void EmitResume()
    {
        EnsureExceptionSlot();
        _builder.BuildResume(_builder.BuildLoad2(_module.Runtime.LandingPadType, _exceptionSlot, ""));
    }

    /// <summary>The first landing pad or `resume` gives the function its personality and the slot the exception waits in.</summary>
    private void EnsureExceptionSlot()
    {
        if (!_exceptionSlot.IsNull) return;
        _function.SetPersonalityFn(_module.Runtime.Personality);
        _exceptionSlot = Alloca(_module.Runtime.LandingPadType, "exception");
    }
}
