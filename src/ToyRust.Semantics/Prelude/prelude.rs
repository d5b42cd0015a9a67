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

// ---------------------------------------------------------------- L5: fmt
//
// `std::fmt`, as std's: `Display` and `Debug` write into a `Formatter` and return a `fmt::Result`.
// A `Formatter` is the runtime's `TrFmt` (toyrust_rt.c): the output buffer, the hole's spec (fill,
// alignment, width, precision, flags) and the indentation of `{:#?}`; ToyRust code reaches it only
// through the methods below. `{}` of a primitive, `str` or `String` is formatted in place by code
// generation; any other type's `{}` calls its `<T as Display>::fmt` item, and `write!(f, ..)`
// appends to the formatter's buffer with the format's own specs (the formatter's are not used).
// Writing never fails here: every method returns `Ok(())`.
#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub struct Error;

pub mod fmt {
    pub type Result = core::result::Result<(), Error>;
}

#[lang = "Formatter"]
pub struct Formatter {
    opaque: (),
}

#[lang = "debug"]
pub trait Debug {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result;
}

#[lang = "display"]
pub trait Display {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result;
}

impl Formatter {
    // The text as it is, without the hole's width or precision.
    pub fn write_str(&mut self, s: &str) -> fmt::Result {
        intrinsics::write_str(self, s);
        Ok(())
    }

    // The text padded, aligned (left by default) and cut to the precision, as `{:>8.3}` of a `&str`.
    pub fn pad(&mut self, s: &str) -> fmt::Result {
        intrinsics::fmt_pad(self, s);
        Ok(())
    }

    pub fn width(&self) -> Option<usize> {
        let w = intrinsics::fmt_width(self);
        if w < 0 { None } else { Some(w as usize) }
    }

    pub fn precision(&self) -> Option<usize> {
        let p = intrinsics::fmt_precision(self);
        if p < 0 { None } else { Some(p as usize) }
    }

    pub fn fill(&self) -> char {
        intrinsics::fmt_fill(self)
    }

    pub fn alternate(&self) -> bool {
        intrinsics::fmt_flags(self) & 2 != 0
    }

    pub fn sign_plus(&self) -> bool {
        intrinsics::fmt_flags(self) & 4 != 0
    }

    pub fn sign_aware_zero_pad(&self) -> bool {
        intrinsics::fmt_flags(self) & 1 != 0
    }
}

impl<T: Display> Display for Box<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Display> Display for Rc<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
    }
}

// std's `impl<T: Display + ?Sized> ToString for T`: `format!("{}", self)`.
#[lang = "ToString"]
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        format!("{}", self)
    }
}

#[lang = "sized"]
pub trait Sized {}

#[lang = "add"]
pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}

#[lang = "sub"]
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}

#[lang = "mul"]
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}

#[lang = "div"]
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}

#[lang = "rem"]
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

// A pointer type that unsizes (`Box<T>` to `Box<dyn Trait>`), as std's: ToyRust only reads
// which types have an impl (Binding/ProgramChecker.CoerceUnsized.cs).
#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: ?Sized> {}

// `*w`, `w.method()` and `w.field` on a type that is not a reference go through `Deref` (or
// `DerefMut` in a mutable place); `a[i]` on one that is not an array through `Index`
// (`IndexMut`). FunctionChecker.OverloadedPlaces makes them calls, as rustc does.
#[lang = "deref"]
pub trait Deref {
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

#[lang = "index"]
pub trait Index<Idx: ?Sized> {
    type Output: ?Sized;
    fn index(&self, index: Idx) -> &Self::Output;
}

#[lang = "index_mut"]
pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
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

// ---------------------------------------------------------------- L5: the `?` operator
//
// `expr?` is rustc's desugaring (FunctionChecker.Try.cs):
//
//     match Try::branch(expr) {
//         ControlFlow::Break(residual) => return FromResidual::from_residual(residual),
//         ControlFlow::Continue(val) => val,
//     }
//
// so what `?` does for a type is these impls (std's `core::ops::try_trait`), monomorphized like
// any other generic code: `<Option<i32> as Try>::branch`, and for a `Result` the error converted
// by `From::from` in `from_residual` (`<E as From<E>>::from` by the blanket impl when the types
// agree). The residual of `Option<T>` is `Option<Infallible>` and that of `Result<T, E>` is
// `Result<Infallible, E>`: what the value holds when it is not the output, with no room for one.
// `Try` and `FromResidual` are unstable in std (`try_trait_v2`); programs use them through `?`.

// `std::convert::Infallible`: no value has this type, so `Option<Infallible>` is only `None`.
#[lang = "Infallible"]
#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
pub enum Infallible {}

// `std::convert::From` and `Into`, in Rust's prelude. Every type converts into itself, and an
// `impl From<A> for B` gives `a.into()` (std's blanket impls).
#[lang = "From"]
pub trait From<T> {
    fn from(value: T) -> Self;
}

#[lang = "Into"]
pub trait Into<T> {
    fn into(self) -> T;
}

impl<T> From<T> for T {
    fn from(t: T) -> T {
        t
    }
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        String::from(s)
    }
}

// `std::ops::ControlFlow` (rustc marks its variants; ToyRust's AST keeps no attributes on them,
// so the enum is marked and the variants are found by name).
#[lang = "ControlFlow"]
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum ControlFlow<B, C> {
    Continue(C),
    Break(B),
}

impl<B, C> ControlFlow<B, C> {
    pub fn is_break(&self) -> bool {
        match self {
            ControlFlow::Break(_) => true,
            ControlFlow::Continue(_) => false,
        }
    }

    pub fn is_continue(&self) -> bool {
        match self {
            ControlFlow::Break(_) => false,
            ControlFlow::Continue(_) => true,
        }
    }

    pub fn break_value(self) -> Option<B> {
        match self {
            ControlFlow::Continue(..) => None,
            ControlFlow::Break(x) => Some(x),
        }
    }

    pub fn continue_value(self) -> Option<C> {
        match self {
            ControlFlow::Continue(x) => Some(x),
            ControlFlow::Break(..) => None,
        }
    }
}

#[lang = "Try"]
pub trait Try {
    type Output;
    type Residual;

    #[lang = "from_output"]
    fn from_output(output: Self::Output) -> Self;

    #[lang = "branch"]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

// std: `pub trait FromResidual<R = <Self as Try>::Residual>`, and `Try: FromResidual`.
#[lang = "FromResidual"]
pub trait FromResidual<R> {
    #[lang = "from_residual"]
    fn from_residual(residual: R) -> Self;
}

impl<T> Try for Option<T> {
    type Output = T;
    type Residual = Option<Infallible>;

    fn from_output(output: T) -> Option<T> {
        Some(output)
    }

    fn branch(self) -> ControlFlow<Option<Infallible>, T> {
        match self {
            Some(v) => ControlFlow::Continue(v),
            None => ControlFlow::Break(None),
        }
    }
}

impl<T> FromResidual<Option<Infallible>> for Option<T> {
    fn from_residual(residual: Option<Infallible>) -> Option<T> {
        match residual {
            None => None,
        }
    }
}

impl<T, E> Try for Result<T, E> {
    type Output = T;
    type Residual = Result<Infallible, E>;

    fn from_output(output: T) -> Result<T, E> {
        Ok(output)
    }

    fn branch(self) -> ControlFlow<Result<Infallible, E>, T> {
        match self {
            Ok(v) => ControlFlow::Continue(v),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    }
}

impl<T, E, F: From<E>> FromResidual<Result<Infallible, E>> for Result<T, F> {
    #[track_caller]
    fn from_residual(residual: Result<Infallible, E>) -> Result<T, F> {
        match residual {
            Err(e) => Err(From::from(e)),
        }
    }
}

impl<B, C> Try for ControlFlow<B, C> {
    type Output = C;
    type Residual = ControlFlow<B, Infallible>;

    fn from_output(output: C) -> ControlFlow<B, C> {
        ControlFlow::Continue(output)
    }

    fn branch(self) -> ControlFlow<ControlFlow<B, Infallible>, C> {
        match self {
            ControlFlow::Continue(c) => ControlFlow::Continue(c),
            ControlFlow::Break(b) => ControlFlow::Break(ControlFlow::Break(b)),
        }
    }
}

impl<B, C> FromResidual<ControlFlow<B, Infallible>> for ControlFlow<B, C> {
    fn from_residual(residual: ControlFlow<B, Infallible>) -> ControlFlow<B, C> {
        match residual {
            ControlFlow::Break(b) => ControlFlow::Break(b),
        }
    }
}

// `std::process::Termination`: what `main` may return. As rustc's `lang_start` does, the entry
// point calls `main()` and then `report` on its value, whose result is the exit code: an `Err`
// prints `Error: {err:?}` on stderr and exits with 1. (std's `report` gives an `ExitCode`;
// ToyRust's gives the code itself.)
#[lang = "termination"]
pub trait Termination {
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl Termination for Infallible {
    fn report(self) -> i32 {
        match self {}
    }
}

impl<T: Termination, E: Debug> Termination for Result<T, E> {
    fn report(self) -> i32 {
        match self {
            Ok(val) => val.report(),
            Err(err) => {
                eprintln!("Error: {:?}", err);
                1
            }
        }
    }
}

// The conversions between `Option` and `Result` that rustc's diagnostics for a misused `?`
// suggest (`.ok_or(...)?`, `.ok()?`), and the borrows and copies that `?` is often applied to
// (`node.next.as_ref()?`, `v.first().copied()?`).
impl<T> Option<T> {
    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err),
        }
    }

    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(x) => Some(x),
            None => None,
        }
    }

    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(x) => Some(x),
            None => None,
        }
    }
}

impl<T: Copy> Option<&T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&v) => Some(v),
            None => None,
        }
    }
}

impl<T: Clone> Option<&T> {
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(t) => Some(t.clone()),
            None => None,
        }
    }
}

impl<T, E> Result<T, E> {
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(x) => Some(x),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }
}

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

    // The size and alignment of the value behind a pointer: constants for a sized `T`, read from
    // the vtable for a trait object.
    #[rustc_intrinsic]
    pub unsafe fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;

    #[rustc_intrinsic]
    pub unsafe fn align_of_val<T: ?Sized>(ptr: *const T) -> usize;

    // A `&str` is its bytes' address and their number (a fat pointer): its parts, and one made of them.
    #[rustc_intrinsic]
    pub fn str_len(s: &str) -> usize;

    #[rustc_intrinsic]
    pub fn str_ptr(s: &str) -> *const u8;

    #[rustc_intrinsic]
    pub unsafe fn str_from_raw_parts<'a>(ptr: *const u8, len: usize) -> &'a str;

    // Slices: the length a `*const [T]` carries, and the fat pointer made of an address and a length.
    #[rustc_intrinsic]
    pub fn ptr_metadata<T>(ptr: *const [T]) -> usize;

    #[rustc_intrinsic]
    pub fn aggregate_raw_ptr<T>(data: *const T, len: usize) -> *const [T];

    // `Formatter`'s parts (std's `Formatter::write_str`, `pad`, `width`, …): the text as it is, the
    // text with the formatter's spec, and the spec's width and precision (-1 for none), fill and flags.
    #[rustc_intrinsic]
    pub fn write_str(f: &mut Formatter, s: &str);

    #[rustc_intrinsic]
    pub fn fmt_pad(f: &mut Formatter, s: &str);

    #[rustc_intrinsic]
    pub fn fmt_width(f: &Formatter) -> isize;

    #[rustc_intrinsic]
    pub fn fmt_precision(f: &Formatter) -> isize;

    #[rustc_intrinsic]
    pub fn fmt_fill(f: &Formatter) -> char;

    #[rustc_intrinsic]
    pub fn fmt_flags(f: &Formatter) -> u32;
}

// `std::mem::ManuallyDrop`: a value that is never dropped, not even when its wrapper is (it has
// no drop glue: the lang item tells the compiler). What `vec![a, b]` keeps its array in.
#[lang = "manually_drop"]
pub struct ManuallyDrop<T> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    pub fn new(value: T) -> ManuallyDrop<T> {
        ManuallyDrop { value: value }
    }
}

impl<T> Deref for ManuallyDrop<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
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

    // Takes the value and never drops it (std's `mem::forget`).
    #[rustc_intrinsic]
    pub fn forget<T>(t: T);

    pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
        unsafe { intrinsics::size_of_val(val as *const T) }
    }

    pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
        unsafe { intrinsics::align_of_val(val as *const T) }
    }

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
    pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {}

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

    pub fn cast_mut(self) -> *mut T {
        self as *mut T
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

// ---------------------------------------------------------------- L4: Box
//
// `Box<T>` owns a value on the heap. Dereferencing it is built in, as in rustc: `*b` is a place
// reached through its pointer (a deref projection in MIR), so `*b = 5`, `&mut *b` and moving the value
// out (`let v = *b;`) work as they do on a local. A `Box<T>` unsizes to `Box<dyn Trait>`, whose
// pointer is then fat (data and vtable). The drop glue of a `Box<T>` drops the value (through the
// vtable for a trait object) and then calls the `Drop` impl below, which only frees the memory:
// rustc's order, and what is left to do after the value was moved out.
#[lang = "owned_box"]
pub struct Box<T: ?Sized>(*mut T);

impl<T: ?Sized, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> {
        unsafe {
            let size = mem::size_of::<T>();
            let align = mem::align_of::<T>();
            // A zero-sized value takes no memory: its pointer is its alignment (std's `dangling`).
            let p = if size == 0 {
                align as *mut T
            } else {
                let raw = intrinsics::alloc(size, align);
                if raw.is_null() {
                    intrinsics::alloc_error(size, align);
                }
                raw as *mut T
            };
            ptr::write(p, x);
            Box(p)
        }
    }
}

impl<T: ?Sized> Drop for Box<T> {
    fn drop(&mut self) {
        unsafe {
            let size = intrinsics::size_of_val(self.0 as *const T);
            if size != 0 {
                intrinsics::dealloc(self.0 as *mut u8, size, intrinsics::align_of_val(self.0 as *const T));
            }
        }
    }
}

// For generic code (`T: Deref`); a `Box`'s own `*b` never calls these, it is built in.
impl<T: ?Sized> Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        **self == **other
    }
}

impl<T: Debug> Debug for Box<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
    }
}

// ---------------------------------------------------------------- L4: Vec
//
// `Vec<T>`: a growable array on the heap, as std's: a pointer to `cap` slots of which the first
// `len` hold values. It grows as std's `RawVec` does (`grow_amortized`): to twice the capacity or
// what is required, whichever is more, and at least 8 elements of one byte, 4 of up to 1 KiB, or
// 1 of more. A zero-sized `T` needs no memory: its capacity is `usize::MAX`. Every method is
// ordinary generic code, so `Vec::<i32>::push` is an instance like any other.
#[lang = "Vec"]
pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        let cap = if mem::size_of::<T>() == 0 { 18446744073709551615 } else { 0 };
        Vec { ptr: mem::align_of::<T>() as *mut T, cap: cap, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        if capacity > v.cap {
            v.grow_to(capacity);
        }
        v
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.grow_one();
        }
        unsafe {
            ptr::write(self.ptr.add(self.len), value);
        }
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        unsafe { Some(ptr::read(self.ptr.add(self.len))) }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {}) should be <= len (is {})", index, len);
        }
        if len == self.cap {
            self.grow_amortized(1);
        }
        unsafe {
            let p = self.ptr.add(index);
            if index < len {
                ptr::copy(p, p.add(1), len - index);
            }
            ptr::write(p, element);
        }
        self.len = len + 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let p = self.ptr.add(index);
            let result = ptr::read(p);
            ptr::copy(p.add(1), p, len - index - 1);
            self.len = len - 1;
            result
        }
    }

    // Drops the values after the first `len`, in order (std's `truncate`: the glue of the tail slice).
    pub fn truncate(&mut self, len: usize) {
        let old = self.len;
        if len >= old {
            return;
        }
        self.len = len;
        unsafe {
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.ptr.add(len), old - len));
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0)
    }

    pub fn reserve(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.grow_amortized(additional);
        }
    }

    // std's `RawVec::grow_one`: out of line and cold, so that where `push` is inlined it is a
    // compare, a store and an increment, and the loop around it keeps its values in registers.
    #[inline(never)]
    #[cold]
    fn grow_one(&mut self) {
        self.grow_amortized(1);
    }

    fn grow_amortized(&mut self, additional: usize) {
        if additional > 18446744073709551615 - self.len {
            capacity_overflow();
        }
        let required = self.len + additional;
        let doubled = if self.cap > 4611686018427387903 { required } else { self.cap * 2 };
        let mut cap = if doubled > required { doubled } else { required };
        let size = mem::size_of::<T>();
        let min = if size == 1 { 8 } else if size <= 1024 { 4 } else { 1 };
        if cap < min {
            cap = min;
        }
        self.grow_to(cap);
    }

    fn grow_to(&mut self, cap: usize) {
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        if size == 0 {
            return;
        }
        if cap > (9223372036854775808 - align) / size {
            capacity_overflow();
        }
        unsafe {
            let p = if self.cap == 0 {
                intrinsics::alloc(cap * size, align)
            } else {
                intrinsics::realloc(self.ptr as *mut u8, self.cap * size, align, cap * size)
            };
            if p.is_null() {
                intrinsics::alloc_error(cap * size, align);
            }
            self.ptr = p as *mut T;
        }
        self.cap = cap;
    }
}

#[track_caller]
fn capacity_overflow() -> ! {
    panic!("capacity overflow")
}

// Drops the values in order, then frees the memory (std drops the slice, then `RawVec` frees).
impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        unsafe {
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.ptr, self.len));
        }
        let size = mem::size_of::<T>();
        if self.cap != 0 && size != 0 {
            unsafe {
                intrinsics::dealloc(self.ptr as *mut u8, self.cap * size, mem::align_of::<T>());
            }
        }
    }
}

// A vector is a slice of its values: `&v[1..3]`, `&v` as `&[T]`, the slice methods, `{:?}`.
impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        unsafe { slice::from_raw_parts(self.ptr as *const T, self.len) }
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        unsafe { slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl<T: Debug> Debug for Vec<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T> Vec<T> {
    pub fn as_slice(&self) -> &[T] {
        &**self
    }

    // std's `extend_with`: n - 1 clones and the value last, written straight into reserved memory
    // (no capacity check per value, so LLVM makes a loop of one constant a `memset`). `len` follows
    // each write, so a panicking `clone` leaves exactly the values written to the vector, and drops
    // `value` first, as it is this function's parameter.
    fn extend_with(&mut self, n: usize, value: T)
    where
        T: Clone,
    {
        self.reserve(n);
        unsafe {
            let mut p = self.ptr.add(self.len);
            let mut i = 1;
            while i < n {
                ptr::write(p, value.clone());
                p = p.add(1);
                self.len += 1;
                i += 1;
            }
            if n > 0 {
                ptr::write(p, value);
                self.len += 1;
            }
        }
    }

    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.reserve(other.len());
        let mut i = 0;
        while i < other.len() {
            self.push(other[i].clone());
            i += 1;
        }
    }
}

// `v[i]` is the slice's built-in indexing, as std's (its bounds check reports the caller's location).
impl<T> Index<usize> for Vec<T> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        &(**self)[index]
    }
}

impl<T> IndexMut<usize> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut (**self)[index]
    }
}

// A clone has as much capacity as the original has values, as std's.
impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        let mut i = 0;
        while i < self.len {
            v.push(unsafe { (*self.ptr.add(i)).clone() });
            i += 1;
        }
        v
    }
}

impl<T: PartialEq> PartialEq for Vec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut i = 0;
        while i < self.len {
            if unsafe { *self.ptr.add(i) != *other.ptr.add(i) } {
                return false;
            }
            i += 1;
        }
        true
    }
}

// What `vec!` expands into (FunctionChecker.Vec.cs). `vec![x; n]` is std's `vec::from_elem`:
// `n - 1` clones and the value itself last; `vec![x; 0]` drops it.
pub mod vec {
    // `vec![]`.
    pub fn empty<T>() -> Vec<T> {
        Vec::new()
    }

    // `vec![a, b, c]`'s array, which is never dropped as a whole: its values go into the vector.
    pub fn hold<A>(elems: A) -> ManuallyDrop<A> {
        ManuallyDrop::new(elems)
    }

    // `vec![a, b, c]`: the values, already in an array the caller then forgets, copied into a
    // vector of exactly their number.
    pub fn from_elems<T>(first: &T, n: usize) -> Vec<T> {
        let mut v = Vec::with_capacity(n);
        unsafe {
            ptr::copy_nonoverlapping(first as *const T, v.ptr, n);
        }
        v.len = n;
        v
    }

    pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
        let mut v = Vec::with_capacity(n);
        v.extend_with(n, elem);
        v
    }
}

// ---------------------------------------------------------------- L4: String and str
//
// `String` is std's: a `Vec<u8>` of UTF-8, whose `as_str` is a `&str` over the vector's bytes.
// It grows as its vector does; `String::from` and `clone` allocate exactly the length. `{}`
// prints it as the `&str` it holds (code generation reads the vector's pointer and length), and
// `{:?}` with quotes and escapes, as `str`'s `Debug` does.
#[lang = "String"]
pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    pub fn from(s: &str) -> String {
        let mut r = String::with_capacity(intrinsics::str_len(s));
        r.push_str(s);
        r
    }

    pub fn len(&self) -> usize {
        self.vec.len
    }

    pub fn is_empty(&self) -> bool {
        self.vec.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.vec.cap
    }

    pub fn clear(&mut self) {
        self.vec.len = 0;
    }

    pub fn as_str(&self) -> &str {
        unsafe { intrinsics::str_from_raw_parts(self.vec.ptr as *const u8, self.vec.len) }
    }

    pub fn push_str(&mut self, s: &str) {
        let n = intrinsics::str_len(s);
        self.vec.reserve(n);
        unsafe {
            ptr::copy_nonoverlapping(intrinsics::str_ptr(s), self.vec.ptr.add(self.vec.len), n);
        }
        self.vec.len += n;
    }

    // The UTF-8 encoding of the character, one to four bytes.
    pub fn push(&mut self, c: char) {
        let code = c as u32;
        if code < 128 {
            self.vec.push(code as u8);
            return;
        }
        let n = if code < 2048 { 2 } else if code < 65536 { 3 } else { 4 };
        self.vec.reserve(n);
        let mut bytes = [0u8; 4];
        if n == 2 {
            bytes[0] = (192 | (code >> 6)) as u8;
            bytes[1] = (128 | (code & 63)) as u8;
        } else if n == 3 {
            bytes[0] = (224 | (code >> 12)) as u8;
            bytes[1] = (128 | ((code >> 6) & 63)) as u8;
            bytes[2] = (128 | (code & 63)) as u8;
        } else {
            bytes[0] = (240 | (code >> 18)) as u8;
            bytes[1] = (128 | ((code >> 12) & 63)) as u8;
            bytes[2] = (128 | ((code >> 6) & 63)) as u8;
            bytes[3] = (128 | (code & 63)) as u8;
        }
        let mut i = 0;
        while i < n {
            self.vec.push(bytes[i]);
            i += 1;
        }
    }
}

// `&String` coerces to `&str`, and `str`'s methods are a `String`'s.
impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String { vec: self.vec.clone() }
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        self.vec == other.vec
    }
}

impl PartialEq<&str> for String {
    fn eq(&self, other: &&str) -> bool {
        str_eq(self.as_str(), *other)
    }
}

impl PartialEq<String> for &str {
    fn eq(&self, other: &String) -> bool {
        str_eq(*self, other.as_str())
    }
}

fn str_eq(a: &str, b: &str) -> bool {
    a.as_bytes() == b.as_bytes()
}

// `s + "tail"`: the string itself, grown (std's `impl Add<&str> for String`).
impl Add<&str> for String {
    type Output = String;
    fn add(self, other: &str) -> String {
        let mut s = self;
        s.push_str(other);
        s
    }
}

impl Debug for String {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        self.as_str().fmt(f)
    }
}

impl str {
    pub fn len(&self) -> usize {
        intrinsics::str_len(self)
    }

    pub fn is_empty(&self) -> bool {
        intrinsics::str_len(self) == 0
    }

    pub fn to_string(&self) -> String {
        String::from(self)
    }
}

// ---------------------------------------------------------------- L4: Rc, Weak, Cell, RefCell
//
// `Rc<T>`: shared ownership, as std's: a heap block of a strong count, a weak count (1 while any
// strong reference lives, as std's) and the value. The last `Rc` dropped drops the value; the
// block is freed when the last weak reference goes (the strong ones' implicit one, or a `Weak`).
// An `Rc` points at the value, not at the block, so that it unsizes as a `Box` does
// (`Rc<Circle>` to `Rc<dyn Shape>`, a fat pointer): the counts are found before the value, at
// an offset its alignment decides, which a trait object's vtable gives. `Cell<T>` and
// `RefCell<T>` mutate through `&self`: ToyRust writes them over raw pointers (its code generation
// marks no reference `noalias`, so that is sound here, where rustc needs `UnsafeCell`). `RefCell`
// counts its borrows (positive: shared, -1: mutable) and panics with std's messages when a
// borrow conflicts.
struct RcBox<T> {
    strong: usize,
    weak: usize,
    value: T,
}

struct RcCounts {
    strong: usize,
    weak: usize,
}

// Where the value starts in its block, as `RcBox<T>` lays it out: after the two counts, aligned.
fn rc_value_offset(align: usize) -> usize {
    if align > 16 { align } else { 16 }
}

// The counts of the block a value pointer points into.
fn rc_counts<T: ?Sized>(value: *const T) -> *mut RcCounts {
    unsafe {
        let offset = rc_value_offset(intrinsics::align_of_val(value));
        (value as *mut u8).offset(0 - offset as isize).cast::<RcCounts>()
    }
}

// Frees the block of a value pointer (the value is already dropped or moved out): its size and
// alignment are `RcBox<T>`'s, computed from the value's (read from the vtable for a trait object).
fn rc_free_block<T: ?Sized>(value: *const T) {
    unsafe {
        let align = intrinsics::align_of_val(value);
        let block_align = if align > 8 { align } else { 8 };
        let end = rc_value_offset(align) + intrinsics::size_of_val(value);
        let size = (end + block_align - 1) / block_align * block_align;
        intrinsics::dealloc(rc_counts(value) as *mut u8, size, block_align);
    }
}

pub struct Rc<T: ?Sized> {
    ptr: *mut T,
}

impl<T: ?Sized, U: ?Sized> CoerceUnsized<Rc<U>> for Rc<T> {}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        unsafe {
            let size = mem::size_of::<RcBox<T>>();
            let align = mem::align_of::<RcBox<T>>();
            let raw = intrinsics::alloc(size, align);
            if raw.is_null() {
                intrinsics::alloc_error(size, align);
            }
            let p = raw.cast::<RcBox<T>>();
            ptr::write(p, RcBox { strong: 1, weak: 1, value: value });
            Rc { ptr: &mut (*p).value as *mut T }
        }
    }

    // The value, when this is the only strong reference (weak ones then see it gone); the `Rc`
    // back otherwise. The block itself is freed by the implicit weak reference, as in std.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if Rc::strong_count(&this) != 1 {
            return Err(this);
        }
        unsafe {
            let value = this.ptr;
            mem::forget(this);
            (*rc_counts(value as *const T)).strong = 0;
            let result = ptr::read(value as *const T);
            drop(Weak { ptr: value });
            Ok(result)
        }
    }
}

impl<T: ?Sized> Rc<T> {
    pub fn strong_count(this: &Rc<T>) -> usize {
        unsafe { (*rc_counts(this.ptr as *const T)).strong }
    }

    pub fn weak_count(this: &Rc<T>) -> usize {
        unsafe { (*rc_counts(this.ptr as *const T)).weak - 1 }
    }

    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        this.ptr as *const u8 as usize == other.ptr as *const u8 as usize
    }

    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        unsafe {
            (*rc_counts(this.ptr as *const T)).weak += 1;
        }
        Weak { ptr: this.ptr }
    }
}

impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        unsafe {
            (*rc_counts(self.ptr as *const T)).strong += 1;
        }
        Rc { ptr: self.ptr }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.ptr }
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self) {
        unsafe {
            let counts = rc_counts(self.ptr as *const T);
            (*counts).strong -= 1;
            if (*counts).strong == 0 {
                ptr::drop_in_place(self.ptr);
                // The implicit weak reference of the strong ones: it frees the block unless a
                // `Weak` still points there.
                drop(Weak { ptr: self.ptr });
            }
        }
    }
}

impl<T: PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }
}

impl<T: Debug> Debug for Rc<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
    }
}

// `Weak<T>`: a reference to an `Rc`'s block that does not keep the value alive (`upgrade` gives
// `None` once the last `Rc` is gone) but keeps the block: the last `Weak` frees it. `Weak::new()`
// points nowhere and allocates nothing: its pointer is `usize::MAX`, as std's.
pub struct Weak<T: ?Sized> {
    ptr: *mut T,
}

impl<T: ?Sized, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

const WEAK_DANGLING: usize = 18446744073709551615;

impl<T> Weak<T> {
    pub fn new() -> Weak<T> {
        Weak { ptr: (WEAK_DANGLING as *mut u8).cast::<T>() }
    }
}

impl<T: ?Sized> Weak<T> {
    fn is_dangling(&self) -> bool {
        self.ptr as *const u8 as usize == WEAK_DANGLING
    }

    pub fn upgrade(&self) -> Option<Rc<T>> {
        if self.strong_count() == 0 {
            return None;
        }
        unsafe {
            (*rc_counts(self.ptr as *const T)).strong += 1;
        }
        Some(Rc { ptr: self.ptr })
    }

    pub fn strong_count(&self) -> usize {
        if self.is_dangling() { 0 } else { unsafe { (*rc_counts(self.ptr as *const T)).strong } }
    }

    // The number of `Weak`s, 0 once the value is gone (as std's).
    pub fn weak_count(&self) -> usize {
        if self.strong_count() == 0 { 0 } else { unsafe { (*rc_counts(self.ptr as *const T)).weak - 1 } }
    }

    pub fn ptr_eq(&self, other: &Weak<T>) -> bool {
        self.ptr as *const u8 as usize == other.ptr as *const u8 as usize
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !self.is_dangling() {
            unsafe {
                (*rc_counts(self.ptr as *const T)).weak += 1;
            }
        }
        Weak { ptr: self.ptr }
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        if self.is_dangling() {
            return;
        }
        unsafe {
            let counts = rc_counts(self.ptr as *const T);
            (*counts).weak -= 1;
            if (*counts).weak == 0 {
                rc_free_block(self.ptr as *const T);
            }
        }
    }
}

impl<T: ?Sized> Debug for Weak<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        f.write_str("(Weak)")
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

// The address behind a shared reference, to write through (a cell's interior mutability). A
// function, because ToyRust's parser reads `e as *const S<T>` up to `S` only (follow-up: rustc takes it).
fn shared_ptr<U>(r: &U) -> *const U {
    r as *const U
}

pub struct Cell<T> {
    value: T,
}

impl<T: Copy> Cell<T> {
    pub fn new(value: T) -> Cell<T> {
        Cell { value: value }
    }

    pub fn get(&self) -> T {
        self.value
    }

    pub fn set(&self, value: T) {
        unsafe {
            *(&self.value as *const T as *mut T) = value;
        }
    }
}

pub struct RefCell<T> {
    borrow: isize,
    value: T,
}

impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T> {
        RefCell { borrow: 0, value: value }
    }

    #[track_caller]
    pub fn borrow(&self) -> Ref<T> {
        if self.borrow < 0 {
            panic!("RefCell already mutably borrowed");
        }
        unsafe {
            let count = &self.borrow as *const isize as *mut isize;
            *count += 1;
        }
        Ref { cell: shared_ptr(self) }
    }

    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<T> {
        if self.borrow != 0 {
            panic!("RefCell already borrowed");
        }
        unsafe {
            *(&self.borrow as *const isize as *mut isize) = -1;
        }
        RefMut { cell: shared_ptr(self).cast_mut() }
    }
}

pub struct Ref<T> {
    cell: *const RefCell<T>,
}

impl<T> Deref for Ref<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &(*self.cell).value }
    }
}

impl<T> Drop for Ref<T> {
    fn drop(&mut self) {
        unsafe {
            let count = &(*self.cell).borrow as *const isize as *mut isize;
            *count -= 1;
        }
    }
}

pub struct RefMut<T> {
    cell: *mut RefCell<T>,
}

impl<T> Deref for RefMut<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &(*self.cell).value }
    }
}

impl<T> DerefMut for RefMut<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut (*self.cell).value }
    }
}

impl<T> Drop for RefMut<T> {
    fn drop(&mut self) {
        unsafe {
            (*self.cell).borrow = 0;
        }
    }
}

// `{:?}` of the cells prints what std's `debug_struct("Cell").field("value", ..)` prints:
// `Cell { value: 5 }`, `RefCell { value: [1, 2] }`, and `RefCell { value: <borrowed> }` while the
// cell is mutably borrowed. The structs below carry those names, and their derived `Debug` does the
// layout (`{:#?}` and the hole's width included).
mod cell_debug {
    #[derive(Debug)]
    pub struct Cell<V> {
        pub value: V,
    }

    #[derive(Debug)]
    pub struct RefCell<V> {
        pub value: V,
    }

    pub struct BorrowedPlaceholder;

    impl Debug for BorrowedPlaceholder {
        fn fmt(&self, f: &mut Formatter) -> fmt::Result {
            f.write_str("<borrowed>")
        }
    }

    pub fn cell<V>(value: V) -> Cell<V> {
        Cell { value: value }
    }

    pub fn ref_cell<V>(value: V) -> RefCell<V> {
        RefCell { value: value }
    }

    pub fn borrowed() -> RefCell<BorrowedPlaceholder> {
        RefCell { value: BorrowedPlaceholder }
    }
}

impl<T: Copy + Debug> Debug for Cell<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        cell_debug::cell(self.get()).fmt(f)
    }
}

impl<T: Debug> Debug for RefCell<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        if self.borrow < 0 {
            cell_debug::borrowed().fmt(f)
        } else {
            cell_debug::ref_cell(self.borrow()).fmt(f)
        }
    }
}

impl<T: Debug> Debug for Ref<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Debug> Debug for RefMut<T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        (**self).fmt(f)
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
    pub fn as_bytes(&self) -> &[u8] {
        unsafe { &*(self as *const str as *const [u8]) }
    }
}

// ---------------------------------------------------------------- L4: iteration
//
// `for pat in e { body }` is Rust's desugaring (FunctionChecker.Iteration.cs):
//
//     match IntoIterator::into_iter(e) {
//         mut iter => loop {
//             match Iterator::next(&mut iter) {
//                 None => break,
//                 Some(pat) => body,
//             }
//         },
//     }
//
// so a loop over `&v`, `&mut v` or `v` is these impls, monomorphized like any other generic code.
// (A `for` over an integer range `a..b` is still built in: ranges are not values yet.)
#[lang = "iterator"]
pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }

    fn last(mut self) -> Option<Self::Item> {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut n = n;
        while n > 0 {
            if (*self).next().is_none() {
                return None;
            }
            n -= 1;
        }
        (*self).next()
    }

    fn map<B, F>(self, f: F) -> Map<Self, F>
    where
        F: FnMut(Self::Item) -> B, {
        Map { iter: self, f: f }
    }

    fn filter<P>(self, predicate: P) -> Filter<Self, P>
    where
        P: FnMut(&Self::Item) -> bool, {
        Filter { iter: self, predicate: predicate }
    }

    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }

    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
        Zip { a: self, b: other.into_iter() }
    }

    fn rev(self) -> Rev<Self> {
        Rev { iter: self }
    }

    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, n: n }
    }

    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, n: n }
    }

    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> {
        Chain { a: Some(self), b: Some(other.into_iter()) }
    }

    fn fold<B, F>(mut self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Self::Item) -> B, {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn for_each<F>(mut self, mut f: F)
    where
        F: FnMut(Self::Item),
    {
        while let Some(x) = self.next() {
            f(x);
        }
    }

    fn any<F>(&mut self, mut f: F) -> bool
    where
        F: FnMut(Self::Item) -> bool, {
        while let Some(x) = (*self).next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn all<F>(&mut self, mut f: F) -> bool
    where
        F: FnMut(Self::Item) -> bool, {
        while let Some(x) = (*self).next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn find<P>(&mut self, mut predicate: P) -> Option<Self::Item>
    where
        P: FnMut(&Self::Item) -> bool, {
        while let Some(x) = (*self).next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn position<P>(&mut self, mut predicate: P) -> Option<usize>
    where
        P: FnMut(Self::Item) -> bool, {
        let mut i = 0;
        while let Some(x) = (*self).next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn sum<S>(self) -> S
    where
        S: Sum<Self::Item>,
    {
        S::sum(self)
    }

    fn product<P>(self) -> P
    where
        P: Product<Self::Item>,
    {
        P::product(self)
    }

    fn collect<B>(self) -> B
    where
        B: FromIterator<Self::Item>,
    {
        B::from_iter(self)
    }

    fn copied(self) -> Copied<Self> {
        Copied { it: self }
    }

    fn cloned(self) -> Cloned<Self> {
        Cloned { it: self }
    }

    fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F>
    where
        F: FnMut(Self::Item) -> Option<B>,
    {
        FilterMap { iter: self, f: f }
    }

    fn take_while<P>(self, predicate: P) -> TakeWhile<Self, P>
    where
        P: FnMut(&Self::Item) -> bool,
    {
        TakeWhile { iter: self, flag: false, predicate: predicate }
    }

    fn skip_while<P>(self, predicate: P) -> SkipWhile<Self, P>
    where
        P: FnMut(&Self::Item) -> bool,
    {
        SkipWhile { iter: self, flag: false, predicate: predicate }
    }

    fn max_by_key<B: Ord, F>(mut self, mut f: F) -> Option<Self::Item>
    where
        F: FnMut(&Self::Item) -> B,
    {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let key = f(&x);
            if best_key <= key {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn min_by_key<B: Ord, F>(mut self, mut f: F) -> Option<Self::Item>
    where
        F: FnMut(&Self::Item) -> B,
    {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let key = f(&x);
            if key < best_key {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn max_by<F>(mut self, mut compare: F) -> Option<Self::Item>
    where
        F: FnMut(&Self::Item, &Self::Item) -> Ordering,
    {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }

    fn min_by<F>(mut self, mut compare: F) -> Option<Self::Item>
    where
        F: FnMut(&Self::Item, &Self::Item) -> Ordering,
    {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => best = x,
                _ => {}
            }
        }
        Some(best)
    }
}

#[lang = "IntoIterator"]
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;

    fn into_iter(self) -> Self::IntoIter;
}

// Every iterator is its own `IntoIterator`: `for x in v.iter()`.
impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;

    fn into_iter(self) -> I {
        self
    }
}

// A borrowed iterator is an iterator: `for x in &mut it` leaves `it` where the loop stopped.
impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
}

// std's `slice::Iter` walks two pointers; ToyRust's keeps an index and the length, which is the
// same loop after inlining and needs no special case for zero-sized `T`.
pub struct Iter<T> {
    ptr: *const T,
    index: usize,
    len: usize,
}

pub struct IterMut<T> {
    ptr: *mut T,
    index: usize,
    len: usize,
}

impl<T> Iterator for Iter<T> {
    type Item = &T;

    fn next(&mut self) -> Option<&T> {
        if self.index < self.len {
            let i = self.index;
            self.index = i + 1;
            unsafe { Some(&*self.ptr.add(i)) }
        } else {
            None
        }
    }
}

impl<T> Iterator for IterMut<T> {
    type Item = &mut T;

    fn next(&mut self) -> Option<&mut T> {
        if self.index < self.len {
            let i = self.index;
            self.index = i + 1;
            unsafe { Some(&mut *self.ptr.add(i)) }
        } else {
            None
        }
    }
}

impl<T> [T] {
    pub fn iter(&self) -> Iter<T> {
        Iter { ptr: self.as_ptr(), index: 0, len: self.len() }
    }

    pub fn iter_mut(&mut self) -> IterMut<T> {
        let len = self.len();
        IterMut { ptr: self.as_mut_ptr(), index: 0, len: len }
    }
}

impl<T> IntoIterator for &[T] {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T> IntoIterator for &mut [T] {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

impl<T> IntoIterator for &Vec<T> {
    type Item = &T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T> IntoIterator for &mut Vec<T> {
    type Item = &mut T;
    type IntoIter = IterMut<T>;

    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}

// `for x in v` takes the vector's buffer: the values not yet yielded are dropped, and the memory
// freed, when the iterator is (std's `vec::IntoIter`).
pub struct IntoIter<T> {
    buf: *mut T,
    cap: usize,
    index: usize,
    len: usize,
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        let it = IntoIter { buf: self.ptr, cap: self.cap, index: 0, len: self.len };
        mem::forget(self);
        it
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.index < self.len {
            let i = self.index;
            self.index = i + 1;
            unsafe { Some(ptr::read(self.buf.add(i))) }
        } else {
            None
        }
    }
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        unsafe {
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.buf.add(self.index), self.len - self.index));
        }
        let size = mem::size_of::<T>();
        if self.cap != 0 && size != 0 {
            unsafe {
                intrinsics::dealloc(self.buf as *mut u8, self.cap * size, mem::align_of::<T>());
            }
        }
    }
}

// ---------------------------------------------------------------- L5: iterator adapters
//
// std's `core::iter`: the provided methods of `Iterator`, the adapter structs they return, with std's names and
// fields (`Map { iter, f }`, `Enumerate { iter, count }`, `Chain { a: Option<A>, b: Option<B> }`),
// so that mono items read `<Map<Iter<i32>, {closure@…}> as Iterator>::next` as rustc's do, and
// the traits behind `sum`, `product` and `collect`. The consumers are `while let` loops rather
// than std's `fold` over `try_fold`: the same values in the same order, and the same loop after
// inlining.
//
// Differences, because a `where` clause of a trait method bounds the trait's `Self` for all its
// methods in ToyRust, and bounds nothing but type parameters: the methods do not say `where Self:
// Sized` (that would bound `&mut I`'s `I: ?Sized` too); `rev`, `copied` and `cloned` do not
// require `Self: DoubleEndedIterator` or items `&T` (their adapters are no iterators without);
// and `max`/`min`, which need `Self::Item: Ord`, are the methods of `IteratorOrd`, implemented
// for every such iterator.
#[lang = "DoubleEndedIterator"]
pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<T> DoubleEndedIterator for Iter<T> {
    fn next_back(&mut self) -> Option<&T> {
        if self.index < self.len {
            self.len = self.len - 1;
            unsafe { Some(&*self.ptr.add(self.len)) }
        } else {
            None
        }
    }
}

impl<T> DoubleEndedIterator for IterMut<T> {
    fn next_back(&mut self) -> Option<&mut T> {
        if self.index < self.len {
            self.len = self.len - 1;
            unsafe { Some(&mut *self.ptr.add(self.len)) }
        } else {
            None
        }
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.index < self.len {
            self.len = self.len - 1;
            unsafe { Some(ptr::read(self.buf.add(self.len))) }
        } else {
            None
        }
    }
}

// `max` keeps the last of equal elements and `min` the first, as std's do.
#[lang = "IteratorOrd"]
pub trait IteratorOrd: Iterator {
    fn max(self) -> Option<Self::Item>;

    fn min(self) -> Option<Self::Item>;
}

impl<T: Ord, I: Iterator<Item = T>> IteratorOrd for I {
    fn max(mut self) -> Option<T> {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            if best <= x {
                best = x;
            }
        }
        Some(best)
    }

    fn min(mut self) -> Option<T> {
        let mut best = match self.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = self.next() {
            if x < best {
                best = x;
            }
        }
        Some(best)
    }
}

pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);

    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count = i + 1;
                Some((i, x))
            }
            None => None,
        }
    }
}

pub struct Rev<T> {
    iter: T,
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}

pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n != 0 {
            self.n = self.n - 1;
            self.iter.next()
        } else {
            None
        }
    }
}

pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while self.n > 0 {
            self.n = self.n - 1;
            if self.iter.next().is_none() {
                self.n = 0;
                return None;
            }
        }
        self.iter.next()
    }
}

pub struct Chain<A, B> {
    a: Option<A>,
    b: Option<B>,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        if let Some(a) = &mut self.a {
            match (*a).next() {
                Some(x) => return Some(x),
                None => self.a = None,
            }
        }
        match &mut self.b {
            Some(b) => (*b).next(),
            None => None,
        }
    }
}

impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator for Chain<A, B> {
    fn next_back(&mut self) -> Option<A::Item> {
        if let Some(b) = &mut self.b {
            match (*b).next_back() {
                Some(x) => return Some(x),
                None => self.b = None,
            }
        }
        match &mut self.a {
            Some(a) => (*a).next_back(),
            None => None,
        }
    }
}

pub struct Copied<I> {
    it: I,
}

impl<'a, T: Copy + 'a, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.it.next() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<'a, T: Copy + 'a, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.it.next_back() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

pub struct Cloned<I> {
    it: I,
}

impl<'a, T: Clone + 'a, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.it.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<'a, T: Clone + 'a, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.it.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

pub struct TakeWhile<I, P> {
    iter: I,
    flag: bool,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.flag {
            return None;
        }
        let x = match self.iter.next() {
            Some(x) => x,
            None => return None,
        };
        if (self.predicate)(&x) {
            Some(x)
        } else {
            self.flag = true;
            None
        }
    }
}

pub struct SkipWhile<I, P> {
    iter: I,
    flag: bool,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.flag || !(self.predicate)(&x) {
                self.flag = true;
                return Some(x);
            }
        }
        None
    }
}

// `iter.sum()` and `iter.product()` (std's `Sum` and `Product`, `core::iter::traits::accum`):
// for each number type, of its values and of references to them. Floats start from -0.0 as
// std's sum does, so an empty sum of `f64` is `-0`.
#[lang = "Sum"]
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

#[lang = "Product"]
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

impl Sum<i8> for i8 {
    fn sum<I: Iterator<Item = i8>>(mut iter: I) -> i8 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&i8> for i8 {
    fn sum<I: Iterator<Item = &i8>>(mut iter: I) -> i8 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<i8> for i8 {
    fn product<I: Iterator<Item = i8>>(mut iter: I) -> i8 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&i8> for i8 {
    fn product<I: Iterator<Item = &i8>>(mut iter: I) -> i8 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<i16> for i16 {
    fn sum<I: Iterator<Item = i16>>(mut iter: I) -> i16 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&i16> for i16 {
    fn sum<I: Iterator<Item = &i16>>(mut iter: I) -> i16 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<i16> for i16 {
    fn product<I: Iterator<Item = i16>>(mut iter: I) -> i16 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&i16> for i16 {
    fn product<I: Iterator<Item = &i16>>(mut iter: I) -> i16 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<i32> for i32 {
    fn sum<I: Iterator<Item = i32>>(mut iter: I) -> i32 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&i32> for i32 {
    fn sum<I: Iterator<Item = &i32>>(mut iter: I) -> i32 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<i32> for i32 {
    fn product<I: Iterator<Item = i32>>(mut iter: I) -> i32 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&i32> for i32 {
    fn product<I: Iterator<Item = &i32>>(mut iter: I) -> i32 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<i64> for i64 {
    fn sum<I: Iterator<Item = i64>>(mut iter: I) -> i64 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&i64> for i64 {
    fn sum<I: Iterator<Item = &i64>>(mut iter: I) -> i64 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<i64> for i64 {
    fn product<I: Iterator<Item = i64>>(mut iter: I) -> i64 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&i64> for i64 {
    fn product<I: Iterator<Item = &i64>>(mut iter: I) -> i64 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<i128> for i128 {
    fn sum<I: Iterator<Item = i128>>(mut iter: I) -> i128 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&i128> for i128 {
    fn sum<I: Iterator<Item = &i128>>(mut iter: I) -> i128 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<i128> for i128 {
    fn product<I: Iterator<Item = i128>>(mut iter: I) -> i128 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&i128> for i128 {
    fn product<I: Iterator<Item = &i128>>(mut iter: I) -> i128 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<isize> for isize {
    fn sum<I: Iterator<Item = isize>>(mut iter: I) -> isize {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&isize> for isize {
    fn sum<I: Iterator<Item = &isize>>(mut iter: I) -> isize {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<isize> for isize {
    fn product<I: Iterator<Item = isize>>(mut iter: I) -> isize {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&isize> for isize {
    fn product<I: Iterator<Item = &isize>>(mut iter: I) -> isize {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<u8> for u8 {
    fn sum<I: Iterator<Item = u8>>(mut iter: I) -> u8 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&u8> for u8 {
    fn sum<I: Iterator<Item = &u8>>(mut iter: I) -> u8 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<u8> for u8 {
    fn product<I: Iterator<Item = u8>>(mut iter: I) -> u8 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&u8> for u8 {
    fn product<I: Iterator<Item = &u8>>(mut iter: I) -> u8 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<u16> for u16 {
    fn sum<I: Iterator<Item = u16>>(mut iter: I) -> u16 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&u16> for u16 {
    fn sum<I: Iterator<Item = &u16>>(mut iter: I) -> u16 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<u16> for u16 {
    fn product<I: Iterator<Item = u16>>(mut iter: I) -> u16 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&u16> for u16 {
    fn product<I: Iterator<Item = &u16>>(mut iter: I) -> u16 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<u32> for u32 {
    fn sum<I: Iterator<Item = u32>>(mut iter: I) -> u32 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&u32> for u32 {
    fn sum<I: Iterator<Item = &u32>>(mut iter: I) -> u32 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<u32> for u32 {
    fn product<I: Iterator<Item = u32>>(mut iter: I) -> u32 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&u32> for u32 {
    fn product<I: Iterator<Item = &u32>>(mut iter: I) -> u32 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<u64> for u64 {
    fn sum<I: Iterator<Item = u64>>(mut iter: I) -> u64 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&u64> for u64 {
    fn sum<I: Iterator<Item = &u64>>(mut iter: I) -> u64 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<u64> for u64 {
    fn product<I: Iterator<Item = u64>>(mut iter: I) -> u64 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&u64> for u64 {
    fn product<I: Iterator<Item = &u64>>(mut iter: I) -> u64 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<u128> for u128 {
    fn sum<I: Iterator<Item = u128>>(mut iter: I) -> u128 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&u128> for u128 {
    fn sum<I: Iterator<Item = &u128>>(mut iter: I) -> u128 {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<u128> for u128 {
    fn product<I: Iterator<Item = u128>>(mut iter: I) -> u128 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&u128> for u128 {
    fn product<I: Iterator<Item = &u128>>(mut iter: I) -> u128 {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<usize> for usize {
    fn sum<I: Iterator<Item = usize>>(mut iter: I) -> usize {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&usize> for usize {
    fn sum<I: Iterator<Item = &usize>>(mut iter: I) -> usize {
        let mut acc = 0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<usize> for usize {
    fn product<I: Iterator<Item = usize>>(mut iter: I) -> usize {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&usize> for usize {
    fn product<I: Iterator<Item = &usize>>(mut iter: I) -> usize {
        let mut acc = 1;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<f32> for f32 {
    fn sum<I: Iterator<Item = f32>>(mut iter: I) -> f32 {
        let mut acc = -0.0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&f32> for f32 {
    fn sum<I: Iterator<Item = &f32>>(mut iter: I) -> f32 {
        let mut acc = -0.0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<f32> for f32 {
    fn product<I: Iterator<Item = f32>>(mut iter: I) -> f32 {
        let mut acc = 1.0;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&f32> for f32 {
    fn product<I: Iterator<Item = &f32>>(mut iter: I) -> f32 {
        let mut acc = 1.0;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl Sum<f64> for f64 {
    fn sum<I: Iterator<Item = f64>>(mut iter: I) -> f64 {
        let mut acc = -0.0;
        while let Some(x) = iter.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&f64> for f64 {
    fn sum<I: Iterator<Item = &f64>>(mut iter: I) -> f64 {
        let mut acc = -0.0;
        while let Some(x) = iter.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<f64> for f64 {
    fn product<I: Iterator<Item = f64>>(mut iter: I) -> f64 {
        let mut acc = 1.0;
        while let Some(x) = iter.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&f64> for f64 {
    fn product<I: Iterator<Item = &f64>>(mut iter: I) -> f64 {
        let mut acc = 1.0;
        while let Some(x) = iter.next() {
            acc = acc * *x;
        }
        acc
    }
}

// `iter.collect()` (std's `FromIterator`), into a `Vec<T>`.
#[lang = "FromIterator"]
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        let mut it = iter.into_iter();
        while let Some(x) = it.next() {
            v.push(x);
        }
        v
    }
}

// ---------------------------------------------------------------- L5: ranges
//
// `a..b` and `a..=b` are values (FunctionChecker.Ranges.cs builds them as rustc's HIR lowering
// does): `Range { start, end }`, `RangeInclusive { start, end, exhausted: false }`, `RangeFrom { start }`,
// `RangeTo { end }` and `RangeFull`, std's structs. `for i in a..b` written as such is still
// the built-in loop; every other use goes through these impls. Stepping is std's `Step` trait,
// reduced to the one step the iterators take; `RangeInclusive` keeps std's `exhausted` flag, so
// `0..=255u8` ends without computing 256.
#[lang = "Range"]
#[derive(Clone, PartialEq)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[lang = "RangeFrom"]
#[derive(Clone, PartialEq)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[lang = "RangeTo"]
#[derive(Clone, Copy, PartialEq)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

#[lang = "RangeFull"]
#[derive(Clone, Copy, PartialEq)]
pub struct RangeFull;

#[lang = "RangeInclusiveStruct"]
#[derive(Clone, PartialEq)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive { start: start, end: end, exhausted: false }
    }

    pub fn start(&self) -> &Idx {
        &self.start
    }

    pub fn end(&self) -> &Idx {
        &self.end
    }
}

impl<Idx: PartialOrd> Range<Idx> {
    pub fn contains(&self, item: &Idx) -> bool {
        self.start <= *item && *item < self.end
    }

    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<Idx: PartialOrd> RangeInclusive<Idx> {
    pub fn contains(&self, item: &Idx) -> bool {
        self.start <= *item && *item <= self.end
    }

    pub fn is_empty(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
}

impl<Idx: Debug> Debug for Range<Idx> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..")?;
        self.end.fmt(f)
    }
}

impl<Idx: Debug> Debug for RangeFrom<Idx> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..")
    }
}

impl<Idx: Debug> Debug for RangeTo<Idx> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        f.write_str("..")?;
        self.end.fmt(f)
    }
}

impl Debug for RangeFull {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        f.write_str("..")
    }
}

impl<Idx: Debug> Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..=")?;
        self.end.fmt(f)?;
        if self.exhausted {
            f.write_str(" (exhausted)")?;
        }
        Ok(())
    }
}

// std's `Step`, reduced to what the range iterators need: one step forward and one back, which
// they only take when the result is in the range, so it cannot overflow.
#[lang = "Step"]
pub trait Step: Clone + PartialOrd + Sized {
    fn forward_one(start: Self) -> Self;
    fn backward_one(start: Self) -> Self;
}

impl Step for i8 {
    fn forward_one(start: i8) -> i8 {
        start + 1
    }

    fn backward_one(start: i8) -> i8 {
        start - 1
    }
}

impl Step for i16 {
    fn forward_one(start: i16) -> i16 {
        start + 1
    }

    fn backward_one(start: i16) -> i16 {
        start - 1
    }
}

impl Step for i32 {
    fn forward_one(start: i32) -> i32 {
        start + 1
    }

    fn backward_one(start: i32) -> i32 {
        start - 1
    }
}

impl Step for i64 {
    fn forward_one(start: i64) -> i64 {
        start + 1
    }

    fn backward_one(start: i64) -> i64 {
        start - 1
    }
}

impl Step for i128 {
    fn forward_one(start: i128) -> i128 {
        start + 1
    }

    fn backward_one(start: i128) -> i128 {
        start - 1
    }
}

impl Step for isize {
    fn forward_one(start: isize) -> isize {
        start + 1
    }

    fn backward_one(start: isize) -> isize {
        start - 1
    }
}

impl Step for u8 {
    fn forward_one(start: u8) -> u8 {
        start + 1
    }

    fn backward_one(start: u8) -> u8 {
        start - 1
    }
}

impl Step for u16 {
    fn forward_one(start: u16) -> u16 {
        start + 1
    }

    fn backward_one(start: u16) -> u16 {
        start - 1
    }
}

impl Step for u32 {
    fn forward_one(start: u32) -> u32 {
        start + 1
    }

    fn backward_one(start: u32) -> u32 {
        start - 1
    }
}

impl Step for u64 {
    fn forward_one(start: u64) -> u64 {
        start + 1
    }

    fn backward_one(start: u64) -> u64 {
        start - 1
    }
}

impl Step for u128 {
    fn forward_one(start: u128) -> u128 {
        start + 1
    }

    fn backward_one(start: u128) -> u128 {
        start - 1
    }
}

impl Step for usize {
    fn forward_one(start: usize) -> usize {
        start + 1
    }

    fn backward_one(start: usize) -> usize {
        start - 1
    }
}

// A `char` steps over the surrogates (U+D800 to U+DFFF), which are not characters.
impl Step for char {
    fn forward_one(start: char) -> char {
        let c = start as u32;
        let next = if c == 0xD7FF { 0xE000 } else { c + 1 };
        unsafe { *(&next as *const u32 as *const char) }
    }

    fn backward_one(start: char) -> char {
        let c = start as u32;
        let previous = if c == 0xE000 { 0xD7FF } else { c - 1 };
        unsafe { *(&previous as *const u32 as *const char) }
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = Step::forward_one(self.start.clone());
            Some(mem::replace(&mut self.start, n))
        } else {
            None
        }
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward_one(self.end.clone());
            Some(self.end.clone())
        } else {
            None
        }
    }
}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        let n = Step::forward_one(self.start.clone());
        Some(mem::replace(&mut self.start, n))
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if self.start < self.end {
            let n = Step::forward_one(self.start.clone());
            Some(mem::replace(&mut self.start, n))
        } else {
            self.exhausted = true;
            Some(self.start.clone())
        }
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if self.start < self.end {
            let n = Step::backward_one(self.end.clone());
            Some(mem::replace(&mut self.end, n))
        } else {
            self.exhausted = true;
            Some(self.end.clone())
        }
    }
}

// ---------------------------------------------------------------- L5: closures
//
// The traits of callable values, as std's (`core::ops::function`). A closure implements them by
// the compiler's impls (its kind decides which, TraitSolver.IsBuiltin), and a call `f(x)` of a
// closure or of a value bounded by one of them is a call of `call`, `call_mut` or `call_once`
// with the arguments as one tuple (rustc's "rust-call" ABI). `F: Fn(i32) -> i32` is sugar for
// `F: Fn<(i32,), Output = i32>`.
#[lang = "fn_once"]
pub trait FnOnce<Args> {
    type Output;

    fn call_once(self, args: Args) -> Self::Output;
}

#[lang = "fn_mut"]
pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

#[lang = "fn"]
pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}
