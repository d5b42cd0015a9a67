using System.Diagnostics.CodeAnalysis;

// The raw layer is public on purpose (like LLVMSharp.Interop): it is the escape hatch for any
// LLVM-C call the safe layer does not wrap yet, and its names mirror the C API one to one.
[assembly: SuppressMessage("Interoperability", "CA1401:P/Invokes should not be visible",
    Scope = "namespaceanddescendants", Target = "~N:ToyRust.Llvm.Interop",
    Justification = "Deliberately public raw binding layer.")]

// Enum members keep their C spelling (LLVMCodeModelDefault), as LLVMSharp does, so C docs and
// LLVMSharp code translate without renaming.
[assembly: SuppressMessage("Naming", "CA1712:Do not prefix enum values with type name",
    Scope = "namespaceanddescendants", Target = "~N:ToyRust.Llvm.Interop",
    Justification = "Names mirror llvm-c.")]
