using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>
/// An LLVM context: the owner of every type and constant, and of the modules and builders made from it.
/// Disposing the context disposes those modules and builders first, because LLVM frees a context's
/// modules itself and a later LLVMDisposeModule would be a double free.
/// A context and everything in it belong to one thread at a time; separate contexts may be used
/// on separate threads concurrently.
/// </summary>
public sealed unsafe class LlvmContext : IDisposable
{
    private LLVMContextRef handle = LLVM.ContextCreate();
    private readonly List<IDisposable> owned = [];

    public LLVMContextRef Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsNull, this);
            return handle;
        }
    }

    public LlvmModule CreateModule(string name) => AdoptModule(LLVM.ModuleCreateWithNameInContext(name, Handle));

    public LlvmBuilder CreateBuilder() => Adopt(new LlvmBuilder(this, LLVM.CreateBuilderInContext(Handle)));

    public LLVMBasicBlockRef AppendBasicBlock(LLVMValueRef function, string name = "") =>
        LLVM.AppendBasicBlockInContext(Handle, function, name);

    // ---- types ----

    public LLVMTypeRef Int1 => LLVM.Int1TypeInContext(Handle);

    public LLVMTypeRef Int8 => LLVM.Int8TypeInContext(Handle);

    public LLVMTypeRef Int16 => LLVM.Int16TypeInContext(Handle);

    public LLVMTypeRef Int32 => LLVM.Int32TypeInContext(Handle);

    public LLVMTypeRef Int64 => LLVM.Int64TypeInContext(Handle);

    public LLVMTypeRef Int128 => LLVM.Int128TypeInContext(Handle);

    public LLVMTypeRef IntType(uint bits) => LLVM.IntTypeInContext(Handle, bits);

    public LLVMTypeRef Float => LLVM.FloatTypeInContext(Handle);

    public LLVMTypeRef Double => LLVM.DoubleTypeInContext(Handle);

    public LLVMTypeRef Void => LLVM.VoidTypeInContext(Handle);

    /// <summary>The opaque pointer type <c>ptr</c> in address space 0.</summary>
    public LLVMTypeRef Pointer => LLVM.PointerTypeInContext(Handle, 0);

    public LLVMTypeRef Function(LLVMTypeRef returnType, ReadOnlySpan<LLVMTypeRef> parameters, bool isVarArg = false)
    {
        ThrowIfDisposed();
        fixed (LLVMTypeRef* p = parameters)
        {
            return LLVM.FunctionType(returnType, p, (uint)parameters.Length, isVarArg ? 1 : 0);
        }
    }

    /// <summary>A literal (unnamed, structurally uniqued) struct type.</summary>
    public LLVMTypeRef Struct(ReadOnlySpan<LLVMTypeRef> elements, bool packed = false)
    {
        fixed (LLVMTypeRef* p = elements)
        {
            return LLVM.StructTypeInContext(Handle, p, (uint)elements.Length, packed ? 1 : 0);
        }
    }

    /// <summary>A named struct, opaque until <see cref="LLVMTypeRef.StructSetBody"/>; lets recursive types refer to themselves.</summary>
    public LLVMTypeRef CreateNamedStruct(string name) => LLVM.StructCreateNamed(Handle, name);

    public LLVMTypeRef Array(LLVMTypeRef elementType, ulong count)
    {
        ThrowIfDisposed();
        return LLVM.ArrayType2(elementType, count);
    }

    // ---- constants ----

    /// <summary>An integer constant; <paramref name="value"/> is truncated to the type's width, or sign-extended if wider.</summary>
    public LLVMValueRef ConstInt(LLVMTypeRef type, ulong value, bool signExtend = false)
    {
        ThrowIfDisposed();
        return LLVM.ConstInt(type, value, signExtend ? 1 : 0);
    }

    /// <summary>An integer constant of any width from 64-bit words, least significant first.</summary>
    public LLVMValueRef ConstIntOfArbitraryPrecision(LLVMTypeRef type, ReadOnlySpan<ulong> words)
    {
        ThrowIfDisposed();
        fixed (ulong* p = words)
        {
            return LLVM.ConstIntOfArbitraryPrecision(type, (uint)words.Length, p);
        }
    }

    /// <summary>An <c>i128</c> (or narrower) constant from a 128-bit value in two's complement.</summary>
    public LLVMValueRef ConstInt128(LLVMTypeRef type, UInt128 value) =>
        ConstIntOfArbitraryPrecision(type, [(ulong)value, (ulong)(value >> 64)]);

    public LLVMValueRef ConstInt128(LLVMTypeRef type, Int128 value) => ConstInt128(type, (UInt128)value);

    public LLVMValueRef ConstReal(LLVMTypeRef type, double value)
    {
        ThrowIfDisposed();
        return LLVM.ConstReal(type, value);
    }

    /// <summary>The all-zero value of any type: 0, 0.0, null, zeroinitializer.</summary>
    public LLVMValueRef ConstNull(LLVMTypeRef type)
    {
        ThrowIfDisposed();
        return LLVM.ConstNull(type);
    }

    public LLVMValueRef ConstAllOnes(LLVMTypeRef type)
    {
        ThrowIfDisposed();
        return LLVM.ConstAllOnes(type);
    }

    public LLVMValueRef Undef(LLVMTypeRef type)
    {
        ThrowIfDisposed();
        return LLVM.GetUndef(type);
    }

    public LLVMValueRef Poison(LLVMTypeRef type)
    {
        ThrowIfDisposed();
        return LLVM.GetPoison(type);
    }

    /// <summary>A constant of a literal struct type built from the element types of <paramref name="values"/>.</summary>
    public LLVMValueRef ConstStruct(ReadOnlySpan<LLVMValueRef> values, bool packed = false)
    {
        fixed (LLVMValueRef* p = values)
        {
            return LLVM.ConstStructInContext(Handle, p, (uint)values.Length, packed ? 1 : 0);
        }
    }

    public LLVMValueRef ConstNamedStruct(LLVMTypeRef structType, ReadOnlySpan<LLVMValueRef> values)
    {
        ThrowIfDisposed();
        fixed (LLVMValueRef* p = values)
        {
            return LLVM.ConstNamedStruct(structType, p, (uint)values.Length);
        }
    }

    public LLVMValueRef ConstArray(LLVMTypeRef elementType, ReadOnlySpan<LLVMValueRef> values)
    {
        ThrowIfDisposed();
        fixed (LLVMValueRef* p = values)
        {
            return LLVM.ConstArray2(elementType, p, (ulong)values.Length);
        }
    }

    /// <summary>An <c>[n x i8]</c> constant holding exactly these bytes (plus a 0 if asked).</summary>
    public LLVMValueRef ConstString(ReadOnlySpan<byte> bytes, bool nullTerminate = false)
    {
        fixed (byte* p = bytes)
        {
            return LLVM.ConstStringInContext2(Handle, p, (nuint)bytes.Length, nullTerminate ? 0 : 1);
        }
    }

    /// <summary>The UTF-8 encoding of <paramref name="text"/> as an <c>[n x i8]</c> constant.</summary>
    public LLVMValueRef ConstString(string text, bool nullTerminate = false) =>
        ConstString(LlvmStrings.Utf8(text), nullTerminate);

    public void Dispose()
    {
        if (handle.IsNull) return;
        var children = owned.ToArray();
        owned.Clear();
        for (var i = children.Length - 1; i >= 0; i--) children[i].Dispose();
        LLVM.ContextDispose(handle);
        handle = default;
    }

    internal LlvmModule AdoptModule(LLVMModuleRef module) => Adopt(new LlvmModule(this, module));

    internal void Release(IDisposable child) => owned.Remove(child);

    // Types and constants belong to the context, so making one after disposal would hand out a dangling handle.
    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(handle.IsNull, this);

    private T Adopt<T>(T child)
        where T : IDisposable
    {
        owned.Add(child);
        return child;
    }
}
