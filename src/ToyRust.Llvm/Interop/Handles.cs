using System.Runtime.CompilerServices;

// Every handle below crosses the P/Invoke boundary by value as a bare pointer;
// disabling runtime marshalling lets the source generator treat them as blittable.
[assembly: DisableRuntimeMarshalling]

namespace ToyRust.Llvm.Interop;

// Opaque LLVM-C handles. Types, values and blocks carry convenience members in their own files;
// the rest are owned by a disposable class in ToyRust.Llvm and need nothing beyond the pointer.

/// <summary>An <c>LLVMContextRef</c>; owned by <see cref="LlvmContext"/>.</summary>
public readonly record struct LLVMContextRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMModuleRef</c>; owned by <see cref="LlvmModule"/>.</summary>
public readonly record struct LLVMModuleRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMBuilderRef</c>; owned by <see cref="LlvmBuilder"/>.</summary>
public readonly record struct LLVMBuilderRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMTargetRef</c>: a registry entry, never freed.</summary>
public readonly record struct LLVMTargetRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMTargetMachineRef</c>; owned by <see cref="LlvmTargetMachine"/>.</summary>
public readonly record struct LLVMTargetMachineRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMTargetDataRef</c>; owned by <see cref="LlvmTargetMachine"/>.</summary>
public readonly record struct LLVMTargetDataRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMPassBuilderOptionsRef</c>; owned by <see cref="LlvmPassBuilderOptions"/>.</summary>
public readonly record struct LLVMPassBuilderOptionsRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMMemoryBufferRef</c>; only ever held for the length of one call.</summary>
public readonly record struct LLVMMemoryBufferRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMErrorRef</c>; null means success, anything else must be consumed exactly once.</summary>
public readonly record struct LLVMErrorRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMAttributeRef</c>, uniqued by its context.</summary>
public readonly record struct LLVMAttributeRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}
