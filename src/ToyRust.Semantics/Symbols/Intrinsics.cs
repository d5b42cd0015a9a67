namespace ToyRust.Semantics.Symbols;

/// <summary>
/// The compiler's intrinsics: functions the prelude declares without a body, marked
/// `#[rustc_intrinsic]` as in rustc's `core::intrinsics`, whose calls code generation emits inline
/// (Codegen/Mir/FunctionEmitter.Intrinsics.cs). Everything else of the memory library is ordinary
/// prelude code over these: `ptr::read::&lt;T&gt;` is a generic prelude function that calls
/// `intrinsics::read_via_copy::&lt;T&gt;`, and it is monomorphized and listed by `--print mono-items`
/// like any other; an intrinsic itself is never a mono item.
///
/// The function's name says which intrinsic it is, as in rustc; the name is read once, here, when
/// the prelude is declared, and after that the compiler asks <see cref="FunctionSymbol.Intrinsic"/>.
/// </summary>
public enum Intrinsic
{
    /// <summary>`size_of::&lt;T&gt;() -> usize`: the size of T in ToyRust's layout (LLVM's ABI size).</summary>
    SizeOf,
    /// <summary>`align_of::&lt;T&gt;() -> usize`: T's ABI alignment.</summary>
    AlignOf,
    /// <summary>`offset::&lt;T&gt;(p: *const T, count: isize) -> *const T`: `p` moved by `count` elements (an inbounds GEP).</summary>
    Offset,
    /// <summary>`read_via_copy::&lt;T&gt;(p: *const T) -> T`: a load.</summary>
    ReadViaCopy,
    /// <summary>`write_via_move::&lt;T&gt;(p: *mut T, value: T)`: a store.</summary>
    WriteViaMove,
    /// <summary>`copy::&lt;T&gt;(src: *const T, dst: *mut T, count: usize)`: `memmove` of `count` elements.</summary>
    Copy,
    /// <summary>`copy_nonoverlapping::&lt;T&gt;(src, dst, count)`: `memcpy` of `count` elements.</summary>
    CopyNonoverlapping,
    /// <summary>`alloc(size: usize, align: usize) -> *mut u8`: the runtime's allocator (malloc, or posix_memalign above 16).</summary>
    Alloc,
    /// <summary>`dealloc(p: *mut u8, size: usize, align: usize)`: free.</summary>
    Dealloc,
    /// <summary>`realloc(p: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8`.</summary>
    Realloc,
    /// <summary>`alloc_error(size: usize, align: usize) -> !`: rustc's "memory allocation of N bytes failed", then abort.</summary>
    AllocError,
    /// <summary>`size_of_val::&lt;T: ?Sized&gt;(p: *const T) -> usize`: T's size, read from the vtable for a trait object.</summary>
    SizeOfVal,
    /// <summary>`align_of_val::&lt;T: ?Sized&gt;(p: *const T) -> usize`: T's alignment, from the vtable for a trait object.</summary>
    AlignOfVal,
    /// <summary>`forget::&lt;T&gt;(t: T)`: takes the value and does nothing with it, so it is never dropped.</summary>
    Forget,
    /// <summary>`str_len(s: &amp;str) -> usize`: the length a `&amp;str` carries.</summary>
    StrLen,
    /// <summary>`str_ptr(s: &amp;str) -> *const u8`: its bytes' address.</summary>
    StrPtr,
    /// <summary>`str_from_raw_parts(p: *const u8, len: usize) -> &amp;str`: the fat pointer made of the two.</summary>
    StrFromRawParts,
    /// <summary>`ptr_metadata::&lt;T&gt;(p: *const [T]) -> usize`: a slice pointer's length (the second word of the fat pointer).</summary>
    PtrMetadata,
    /// <summary>`aggregate_raw_ptr::&lt;T&gt;(data: *const T, len: usize) -> *const [T]`: the fat pointer `{ data, len }`.</summary>
    AggregateRawPtr,
    /// <summary>`fmt_write_str(f: &amp;mut Formatter, s: &amp;str)`: the text as it is, without the hole's width or quotes (std's `Formatter::write_str`).</summary>
    WriteStr,
    /// <summary>`fmt_pad(f: &amp;mut Formatter, s: &amp;str)`: the text with the formatter's spec (std's `Formatter::pad`).</summary>
    FormatterPad,
    /// <summary>`fmt_width(f: &amp;Formatter) -> isize`: the spec's width, -1 for none.</summary>
    FormatterWidth,
    /// <summary>`fmt_precision(f: &amp;Formatter) -> isize`: the spec's precision, -1 for none.</summary>
    FormatterPrecision,
    /// <summary>`fmt_fill(f: &amp;Formatter) -> char`: the spec's fill, ' ' by default.</summary>
    FormatterFill,
    /// <summary>`fmt_flags(f: &amp;Formatter) -> u32`: 1 `0`, 2 `#`, 4 `+`.</summary>
    FormatterFlags,
    /// <summary>`assume(b: bool)`: `llvm.assume(b)`, a fact the optimizer may use (std's `intrinsics::assume`); false is undefined behaviour.</summary>
    Assume,
}

public static class Intrinsics
{
    /// <summary>The intrinsic a `#[rustc_intrinsic]` function of this name is, or null when there is none.</summary>
    public static Intrinsic? FromName(string name) => name switch
    {
        "size_of" => Intrinsic.SizeOf,
        "align_of" => Intrinsic.AlignOf,
        "offset" => Intrinsic.Offset,
        "read_via_copy" => Intrinsic.ReadViaCopy,
        "write_via_move" => Intrinsic.WriteViaMove,
        "copy" => Intrinsic.Copy,
        "copy_nonoverlapping" => Intrinsic.CopyNonoverlapping,
        "alloc" => Intrinsic.Alloc,
        "dealloc" => Intrinsic.Dealloc,
        "realloc" => Intrinsic.Realloc,
        "alloc_error" => Intrinsic.AllocError,
        "size_of_val" => Intrinsic.SizeOfVal,
        "align_of_val" => Intrinsic.AlignOfVal,
        "forget" => Intrinsic.Forget,
        "str_len" => Intrinsic.StrLen,
        "str_ptr" => Intrinsic.StrPtr,
        "str_from_raw_parts" => Intrinsic.StrFromRawParts,
        "ptr_metadata" => Intrinsic.PtrMetadata,
        "aggregate_raw_ptr" => Intrinsic.AggregateRawPtr,
        "fmt_write_str" => Intrinsic.WriteStr,
        "fmt_pad" => Intrinsic.FormatterPad,
        "fmt_width" => Intrinsic.FormatterWidth,
        "fmt_precision" => Intrinsic.FormatterPrecision,
        "fmt_fill" => Intrinsic.FormatterFill,
        "fmt_flags" => Intrinsic.FormatterFlags,
        "assume" => Intrinsic.Assume,
        _ => null,
    };

    /// <summary>The attribute that marks an intrinsic's declaration (only the prelude may write it).</summary>
    public const string AttributeName = "rustc_intrinsic";
}
