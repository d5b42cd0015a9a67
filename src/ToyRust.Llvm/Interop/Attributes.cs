namespace ToyRust.Llvm.Interop;

/// <summary>Builds attributes by name, so callers never see LLVM's numeric attribute kinds.</summary>
internal static unsafe class Attributes
{
    public static LLVMAttributeRef Enum(LLVMContextRef context, string kindName, ulong value)
    {
        var bytes = LlvmStrings.Utf8(kindName);
        uint kind;
        fixed (byte* p = bytes)
        {
            kind = LLVM.GetEnumAttributeKindForName(p, (nuint)bytes.Length);
        }
        // Kind 0 means "no such attribute"; LLVM would otherwise assert or silently drop it.
        if (kind == 0) throw new ArgumentException($"'{kindName}' is not an LLVM enum attribute", nameof(kindName));
        return LLVM.CreateEnumAttribute(context, kind, value);
    }

    public static LLVMAttributeRef String(LLVMContextRef context, string key, string value)
    {
        var k = LlvmStrings.Utf8(key);
        var v = LlvmStrings.Utf8(value);
        fixed (byte* kp = k)
        fixed (byte* vp = v)
        {
            return LLVM.CreateStringAttribute(context, kp, (uint)k.Length, vp, (uint)v.Length);
        }
    }
}
