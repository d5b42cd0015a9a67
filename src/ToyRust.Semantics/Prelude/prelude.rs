// The ToyRust prelude: the part of Rust's standard library that the language levels use,
// written in ToyRust itself and compiled with every program (its items belong to the crate
// `std`). It is ordinary generic code: `Option::<i32>::unwrap` is monomorphized like user code.
//
// The compiler provides the impls of these traits for primitive types and for `#[derive]`d
// structs and enums (TraitSolver.IsBuiltin), and builds their bodies as MIR shims (ShimBuilder).
//
// `#[lang = "..."]` marks what the compiler must know, as in rustc's core: the compiler finds
// these items through the lang item table (Symbols/LangItems.cs), never by their names, so a
// program may declare its own `Debug` or `Clone`. The attribute is an error outside the prelude.

#[lang = "clone"]
pub trait Clone {
    fn clone(&self) -> Self;
}

#[lang = "copy"]
pub trait Copy: Clone {}

#[lang = "eq"]
pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

#[lang = "total_eq"]
pub trait Eq: PartialEq {}

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
#[lang = "Ordering"]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

#[lang = "partial_ord"]
pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) => true,
            _ => false,
        }
    }
    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) => true,
            _ => false,
        }
    }
    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
}

#[lang = "total_ord"]
pub trait Ord: Eq + PartialOrd {}

#[lang = "default"]
pub trait Default {
    fn default() -> Self;
}

// What a `Debug::fmt` writes into: the output buffer, the hole's spec (`{:#?}`, a width) and the
// indentation of `{:#?}`. Its fields are the runtime's (`TrFmt` in toyrust_rt.c); ToyRust code only
// passes it on. rustc's is `std::fmt::Formatter<'_>`, and `fmt` returns a `fmt::Result`.
pub struct Formatter {
    opaque: (),
}

#[lang = "debug"]
pub trait Debug {
    fn fmt(&self, f: &mut Formatter);
}

#[lang = "display"]
pub trait Display {}

#[lang = "sized"]
pub trait Sized {}

// `Output` is declared, but trait method signatures say `Self` where Rust says `Self::Output`:
// operator expressions take their type from the impl's `Output` (FunctionChecker.Operators).
#[lang = "add"]
pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self;
}

#[lang = "sub"]
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self;
}

#[lang = "mul"]
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self;
}

#[lang = "div"]
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self;
}

#[lang = "rem"]
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self;
}

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self;
}

#[lang = "add_assign"]
pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}

#[lang = "sub_assign"]
pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}

#[lang = "mul_assign"]
pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}

#[lang = "div_assign"]
pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}

#[lang = "rem_assign"]
pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
#[lang = "Option"]
pub enum Option<T> {
    None,
    Some(T),
}

impl<T> Option<T> {
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }

    pub fn is_none(&self) -> bool {
        match self {
            Some(_) => false,
            None => true,
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(value) => value,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }

    #[track_caller]
    pub fn expect(self, message: &str) -> T {
        match self {
            Some(value) => value,
            None => panic!("{}", message),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(value) => value,
            None => default,
        }
    }
}

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
#[lang = "Result"]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        match self {
            Ok(_) => false,
            Err(_) => true,
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: Debug,
    {
        match self {
            Ok(value) => value,
            Err(error) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", error),
        }
    }

    #[track_caller]
    pub fn expect(self, message: &str) -> T
    where
        E: Debug,
    {
        match self {
            Ok(value) => value,
            Err(error) => panic!("{}: {:?}", message, error),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(value) => value,
            Err(_) => default,
        }
    }
}

// Drop. A type with a `Drop` impl runs its `drop` when a value of it goes out of scope; no program
// calls `Drop::drop` itself (E0040). What happens when a value is dropped is its drop glue,
// `ptr::drop_in_place::<T>` (in `mod ptr` below).
#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}

// `std::mem::drop`, in Rust's prelude: taking the value by move ends its life here.
pub fn drop<T>(_x: T) {}
// ---------------------------------------------------------------- L4: raw pointers and memory
//
// What the library types (Box, Vec, String, Rc) are written on, with std's paths: `std::ptr`,
// `std::mem`, `std::alloc` and the methods of `*const T` and `*mut T`. It is ordinary ToyRust
// over a few intrinsics: functions without a body marked `#[rustc_intrinsic]`, whose calls code
// generation emits inline (Symbols/Intrinsics.cs lists them). An intrinsic is never a mono item;
// the functions below that call one are, as in rustc (`ptr::read::<i64>`, `<*mut i64>::add`).

// The compiler's intrinsics (rustc: `core::intrinsics`). Not for programs, which use the wrappers:
// `#[unstable]` makes naming them from a program rustc's E0658.
#[unstable]
pub mod intrinsics {
    #[rustc_intrinsic]
    pub unsafe fn offset<T>(ptr: *const T, count: isize) -> *const T;

    #[rustc_intrinsic]
    pub unsafe fn read_via_copy<T>(ptr: *const T) -> T;

    #[rustc_intrinsic]
    pub unsafe fn write_via_move<T>(ptr: *mut T, value: T);

    #[rustc_intrinsic]
    pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);

    #[rustc_intrinsic]
    pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);

    // The global allocator: the runtime's `__toyrust_alloc` and friends (malloc, realloc, free,
    // posix_memalign above 16-byte alignment), as Rust's System allocator.
    #[rustc_intrinsic]
    pub unsafe fn alloc(size: usize, align: usize) -> *mut u8;

    #[rustc_intrinsic]
    pub unsafe fn dealloc(ptr: *mut u8, size: usize, align: usize);

    #[rustc_intrinsic]
    pub unsafe fn realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8;

    #[rustc_intrinsic]
    pub fn alloc_error(size: usize, align: usize) -> !;

    // Slices: the length a `*const [T]` carries, and the fat pointer made of an address and a length.
    #[rustc_intrinsic]
    pub fn ptr_metadata<T>(ptr: *const [T]) -> usize;

    #[rustc_intrinsic]
    pub fn aggregate_raw_ptr<T>(data: *const T, len: usize) -> *const [T];
}

// `std::mem`: sizes and alignments in ToyRust's layout (docs/language.md says where a struct's or
// an enum's differs from rustc's). Intrinsics themselves, so that, as in rustc, they are no mono items.
pub mod mem {
    // `std::mem::drop`; Rust's prelude re-exports it as `drop`, which the prelude declares at its
    // top level too (it has no `pub use` yet).
    pub fn drop<T>(_x: T) {}

    #[rustc_intrinsic]
    pub fn size_of<T>() -> usize;

    #[rustc_intrinsic]
    pub fn align_of<T>() -> usize;

    // Moves without drops: the old value of `dest` is returned, not dropped (as std's).
    pub fn replace<T>(dest: &mut T, src: T) -> T {
        unsafe {
            let result = ptr::read(dest);
            ptr::write(dest, src);
            result
        }
    }

    pub fn swap<T>(x: &mut T, y: &mut T) {
        unsafe {
            let t = ptr::read(x);
            ptr::copy_nonoverlapping(y, x, 1);
            ptr::write(y, t);
        }
    }
}

pub mod ptr {
    // The drop glue of `T`: the impl's `drop`, then the fields' glue in declaration order. The
    // compiler builds the glue of each type that needs it as a shim (ShimBuilder), so this body is
    // never used; the function is the item the shims are instances of, as rustc's
    // `core::ptr::drop_in_place` is.
    #[lang = "drop_in_place"]
    pub unsafe fn drop_in_place<T>(to_drop: *mut T) {}

    pub fn null<T>() -> *const T {
        0usize as *const T
    }

    pub fn null_mut<T>() -> *mut T {
        0usize as *mut T
    }

    pub unsafe fn read<T>(src: *const T) -> T {
        intrinsics::read_via_copy(src)
    }

    pub unsafe fn write<T>(dst: *mut T, src: T) {
        intrinsics::write_via_move(dst, src)
    }

    pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) {
        intrinsics::copy(src, dst, count)
    }

    pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
        intrinsics::copy_nonoverlapping(src, dst, count)
    }

    pub fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T] {
        intrinsics::aggregate_raw_ptr(data, len)
    }

    pub fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T] {
        intrinsics::aggregate_raw_ptr(data as *const T, len) as *mut [T]
    }
}

impl<T> *const T {
    pub fn is_null(self) -> bool {
        self as usize == 0
    }

    pub unsafe fn offset(self, count: isize) -> *const T {
        intrinsics::offset(self, count)
    }

    pub unsafe fn add(self, count: usize) -> *const T {
        intrinsics::offset(self, count as isize)
    }

    pub unsafe fn read(self) -> T {
        ptr::read(self)
    }

    pub fn cast<U>(self) -> *const U {
        self as *const U
    }
}

impl<T> *mut T {
    pub fn is_null(self) -> bool {
        self as usize == 0
    }

    pub unsafe fn offset(self, count: isize) -> *mut T {
        intrinsics::offset(self as *const T, count) as *mut T
    }

    pub unsafe fn add(self, count: usize) -> *mut T {
        intrinsics::offset(self as *const T, count as isize) as *mut T
    }

    pub unsafe fn read(self) -> T {
        ptr::read(self as *const T)
    }

    pub unsafe fn write(self, value: T) {
        ptr::write(self, value)
    }

    pub fn cast<U>(self) -> *mut U {
        self as *mut U
    }
}

// `std::alloc::Layout`: a size and a power-of-two alignment, as rustc's (checked the same way).
#[derive(Clone, Copy, PartialEq)]
pub struct Layout {
    size: usize,
    align: usize,
}

#[derive(Clone, PartialEq, Debug)]
pub struct LayoutError;

impl Layout {
    pub fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if align == 0 || align & (align - 1) != 0 || size > 9223372036854775808 - align {
            return Err(LayoutError);
        }
        Ok(Layout { size: size, align: align })
    }

    pub fn new<T>() -> Layout {
        Layout { size: mem::size_of::<T>(), align: mem::align_of::<T>() }
    }

    pub fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        if size != 0 && n > (9223372036854775808 - align) / size {
            return Err(LayoutError);
        }
        Layout::from_size_align(size * n, align)
    }

    pub fn size(&self) -> usize {
        self.size
    }

    pub fn align(&self) -> usize {
        self.align
    }
}

pub mod alloc {
    pub unsafe fn alloc(layout: Layout) -> *mut u8 {
        intrinsics::alloc(layout.size(), layout.align())
    }

    pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
        intrinsics::dealloc(ptr, layout.size(), layout.align())
    }

    pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        intrinsics::realloc(ptr, layout.size(), layout.align(), new_size)
    }

    pub fn handle_alloc_error(layout: Layout) -> ! {
        intrinsics::alloc_error(layout.size(), layout.align())
    }
}

// ---------------------------------------------------------------- L4: slices
//
// `[T]` is built in (a type, `s[i]` with its bounds check, `&s[a..b]`, the unsizing of `&[T; N]`);
// its methods are ordinary ToyRust over two intrinsics, as core's are: `len` reads the length the
// fat pointer carries, and `slice::from_raw_parts` makes one (what `Vec<T>` gives out as `&[T]`).
pub mod slice {
    pub unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
        &*ptr::slice_from_raw_parts(data, len)
    }

    pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
        &mut *ptr::slice_from_raw_parts_mut(data, len)
    }

    // `&s[start..end]` (`a..` and `..` pass the length as the end, `..b` 0 as the start): the
    // checks and messages of rustc 1.95's `slice_index_fail`, the start first. The panic reports
    // the indexing expression (`#[track_caller]`), as rustc's does.
    #[lang = "slice_range"]
    #[track_caller]
    pub fn range<T>(s: *const [T], start: usize, end: usize) -> *const [T] {
        let len = intrinsics::ptr_metadata(s);
        if start > len {
            panic!("range start index {} out of range for slice of length {}", start, len);
        }
        if end > len {
            panic!("range end index {} out of range for slice of length {}", end, len);
        }
        if start > end {
            panic!("slice index starts at {} but ends at {}", start, end);
        }
        unsafe { ptr::slice_from_raw_parts((s as *const T).add(start), end - start) }
    }

    // `&s[start..=last]` (`..=b` passes 0 as the start): rustc names the inclusive end when it
    // is out of range, and the exclusive one when the start is past it.
    #[lang = "slice_range_inclusive"]
    #[track_caller]
    pub fn range_inclusive<T>(s: *const [T], start: usize, last: usize) -> *const [T] {
        let len = intrinsics::ptr_metadata(s);
        if start > len {
            panic!("range start index {} out of range for slice of length {}", start, len);
        }
        if last >= len {
            panic!("range end index {} out of range for slice of length {}", last, len);
        }
        if start > last + 1 {
            panic!("slice index starts at {} but ends at {}", start, last + 1);
        }
        unsafe { ptr::slice_from_raw_parts((s as *const T).add(start), last + 1 - start) }
    }
}

impl<T> [T] {
    pub fn len(&self) -> usize {
        intrinsics::ptr_metadata(self as *const [T])
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }

    pub fn first(&self) -> Option<&T> {
        if self.len() == 0 { None } else { Some(&self[0]) }
    }

    pub fn last(&self) -> Option<&T> {
        if self.len() == 0 { None } else { Some(&self[self.len() - 1]) }
    }

    pub fn first_mut(&mut self) -> Option<&mut T> {
        if self.len() == 0 { None } else { Some(&mut self[0]) }
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        let len = self.len();
        if len == 0 { None } else { Some(&mut self[len - 1]) }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() { Some(&self[index]) } else { None }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() { Some(&mut self[index]) } else { None }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        while i < self.len() {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        let pa = &mut self[a] as *mut T;
        let pb = &mut self[b] as *mut T;
        unsafe {
            let t = ptr::read(pa);
            ptr::copy(pb, pa, 1);
            ptr::write(pb, t);
        }
    }
}

// `str`'s length in bytes, and its bytes: a `&str` is a `&[u8]` with a UTF-8 promise.
impl str {
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn as_bytes(&self) -> &[u8] {
        unsafe { &*(self as *const str as *const [u8]) }
    }
}
