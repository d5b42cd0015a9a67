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

// `cmp` is a required method in std; here it has a default, the total order `partial_cmp` gives,
// so that the compiler's impls for primitive types (which have no shims for `Ord`) have it.
#[lang = "total_ord"]
pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.partial_cmp(other) {
            Some(ordering) => ordering,
            None => Ordering::Equal,
        }
    }
}

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
        intrinsics::fmt_write_str(self, s);
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

// `std::fmt::Write`: what `write!(s, ..)` writes into when `s` is not a `Formatter` (a `String`, or
// a program's type with an impl). A program names it with `use std::fmt::Write;` (without that,
// `write!` into a `String` is rustc's E0599). `write!(s, "{}", x)` is `s.write_str(&format!("{}",
// x))` (FunctionChecker.Macros.cs): the text is formatted first, then written.
#[lang = "FmtWrite"]
pub trait Write {
    #[lang = "FmtWriteStr"]
    fn write_str(&mut self, s: &str) -> fmt::Result;

    fn write_char(&mut self, c: char) -> fmt::Result {
        let mut buf = String::new();
        buf.push(c);
        self.write_str(buf.as_str())
    }
}

impl Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        self.push(c);
        Ok(())
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

// ---------------------------------------------------------------- L5: Option and Result combinators
//
// std's methods of `Option` and `Result` that take closures (each called at most once, so
// `FnOnce`), and the ones that move a value in or out of an `Option` in place.
impl<T> Option<T> {
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }

    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }

    pub fn or(self, optb: Option<T>) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => optb,
        }
    }

    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => f(),
        }
    }

    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }

    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }

    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Some(x) => x,
            None => T::default(),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default(),
        }
    }

    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        if let Some(x) = self {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(err()),
        }
    }

    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => false,
        }
    }

    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => true,
        }
    }

    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }

    pub fn take(&mut self) -> Option<T> {
        mem::replace(self, None)
    }

    pub fn replace(&mut self, value: T) -> Option<T> {
        mem::replace(self, Some(value))
    }

    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match self {
            Some(x) => x,
            None => unreachable!(),
        }
    }

    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if let None = self {
            *self = Some(f());
        }
        match self {
            Some(x) => x,
            None => unreachable!(),
        }
    }
}

impl<T, E> Result<T, E> {
    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => Ok(op(t)),
            Err(e) => Err(e),
        }
    }

    pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => Err(op(e)),
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => op(t),
            Err(e) => Err(e),
        }
    }

    pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(t) => t,
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Ok(t) => t,
            Err(_) => T::default(),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(_) => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(e) => default(e),
        }
    }

    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(t) => f(t),
            Err(_) => false,
        }
    }

    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
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
    pub fn fmt_write_str(f: &mut Formatter, s: &str);

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

    // A fact for the optimizer (`llvm.assume`): the slice iterators say that the address of the
    // item they lend is not null, which rustc's LLVM learns from `NonNull` and `nonnull`
    // attributes ToyRust does not emit; without it, `Some(&x)`, whose `None` is the null address,
    // is tested for null at every step of a loop over a slice.
    #[rustc_intrinsic]
    pub unsafe fn assume(b: bool);
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

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
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

impl Eq for String {}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

// Strings order as their `str`s do: byte by byte, which is code point order for UTF-8.
impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<Ordering> {
        self.as_str().partial_cmp(other.as_str())
    }
}

impl Ord for String {}

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

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
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

// ---------------------------------------------------------------- L5: str iteration and searching
//
// The iterators over a `&str` are std's: `chars` decodes UTF-8 into `char`s, `char_indices` gives
// each with its byte offset, `bytes` the bytes, `lines` the lines without their `\n` (or `\r\n`),
// `split_whitespace` the runs between `char::is_whitespace` characters, and `split` the pieces
// between the matches of a pattern (a `char` or a `&str`, std's `Pattern`). Each keeps the
// string's address and length and a byte offset into it (as `slice::Iter` keeps an index); the
// `&str`s it yields point into the string. Only `next` is theirs: the adapters are the iterator
// library's.
pub struct Chars {
    ptr: *const u8,
    index: usize,
    len: usize,
}

pub struct CharIndices {
    chars: Chars,
}

pub struct Bytes {
    ptr: *const u8,
    index: usize,
    len: usize,
}

pub struct Lines {
    ptr: *const u8,
    index: usize,
    len: usize,
}

pub struct SplitWhitespace {
    ptr: *const u8,
    index: usize,
    len: usize,
}

pub struct Split<P> {
    ptr: *const u8,
    len: usize,
    start: usize,
    search_from: usize,
    finished: bool,
    pat: P,
}

impl str {
    pub fn chars(&self) -> Chars {
        Chars { ptr: self.as_ptr(), index: 0, len: self.len() }
    }

    pub fn char_indices(&self) -> CharIndices {
        CharIndices { chars: self.chars() }
    }

    pub fn bytes(&self) -> Bytes {
        Bytes { ptr: self.as_ptr(), index: 0, len: self.len() }
    }

    pub fn lines(&self) -> Lines {
        Lines { ptr: self.as_ptr(), index: 0, len: self.len() }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace { ptr: self.as_ptr(), index: 0, len: self.len() }
    }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<P> {
        Split { ptr: self.as_ptr(), len: self.len(), start: 0, search_from: 0, finished: false, pat: pat }
    }

    pub fn as_ptr(&self) -> *const u8 {
        intrinsics::str_ptr(self)
    }
}

// The `&str` of `len` bytes at byte `start` of the string at `ptr`.
fn str_part<'a>(ptr: *const u8, start: usize, len: usize) -> &'a str {
    unsafe { intrinsics::str_from_raw_parts(ptr.add(start), len) }
}

// A code point that is known to be a `char` (decoded from UTF-8, or checked).
fn char_from_u32_unchecked(code: u32) -> char {
    unsafe { ptr::read(&code as *const u32 as *const char) }
}

// The character that starts at byte `i` of valid UTF-8, and its length in bytes.
fn utf8_decode(p: *const u8, i: usize) -> (char, usize) {
    unsafe {
        let b0 = *p.add(i) as u32;
        if b0 < 128 {
            return (char_from_u32_unchecked(b0), 1);
        }
        let b1 = (*p.add(i + 1) as u32) & 63;
        if b0 < 224 {
            return (char_from_u32_unchecked(((b0 & 31) << 6) | b1), 2);
        }
        let b2 = (*p.add(i + 2) as u32) & 63;
        if b0 < 240 {
            return (char_from_u32_unchecked(((b0 & 15) << 12) | (b1 << 6) | b2), 3);
        }
        let b3 = (*p.add(i + 3) as u32) & 63;
        (char_from_u32_unchecked(((b0 & 7) << 18) | (b1 << 12) | (b2 << 6) | b3), 4)
    }
}

impl Iterator for Chars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.index >= self.len {
            return None;
        }
        let (c, n) = utf8_decode(self.ptr, self.index);
        self.index += n;
        Some(c)
    }

    // Each `char` is one to four bytes.
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.index;
        ((n + 3) / 4, Some(n))
    }

    // std's (`count_chars`): the bytes that start a `char`, all but the continuation bytes
    // `10xxxxxx`, counted without decoding, in a loop LLVM vectorizes.
    fn count(self) -> usize {
        let mut n = 0;
        let mut i = self.index;
        while i < self.len {
            let b = unsafe { *self.ptr.add(i) };
            if (b as i8) >= -64 {
                n += 1;
            }
            i += 1;
        }
        n
    }
}

// From the back: step over continuation bytes (`0b10xx_xxxx`) to the start of the last `char`.
impl DoubleEndedIterator for Chars {
    fn next_back(&mut self) -> Option<char> {
        if self.index >= self.len {
            return None;
        }
        let mut start = self.len - 1;
        unsafe {
            while (*self.ptr.add(start) & 192) == 128 {
                start -= 1;
            }
        }
        self.len = start;
        let (c, _) = utf8_decode(self.ptr, start);
        Some(c)
    }
}

impl Iterator for CharIndices {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let at = self.chars.index;
        match self.chars.next() {
            Some(c) => Some((at, c)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chars.size_hint()
    }
}

impl DoubleEndedIterator for CharIndices {
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.chars.next_back() {
            Some(c) => Some((self.chars.len, c)),
            None => None,
        }
    }
}

impl Iterator for Bytes {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.index >= self.len {
            return None;
        }
        self.index += 1;
        unsafe { Some(*self.ptr.add(self.index - 1)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.index;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }

    fn __trusted_random_access(&self) -> bool {
        true
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> u8 {
        unsafe { *self.ptr.add(self.index + idx) }
    }

    fn __may_have_side_effect(&self) -> bool {
        false
    }
}

// std's `split_inclusive('\n')` with the `\n`, and then a `\r` before it, taken off: a `\r`
// without a `\n` after it stays, and there is no empty line after a final `\n`.
impl Iterator for Lines {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        if self.index >= self.len {
            return None;
        }
        let start = self.index;
        let mut end = start;
        while end < self.len && unsafe { *self.ptr.add(end) } != 10 {
            end += 1;
        }
        if end == self.len {
            self.index = end;
            return Some(str_part(self.ptr, start, end - start));
        }
        self.index = end + 1;
        if end > start && unsafe { *self.ptr.add(end - 1) } == 13 {
            end -= 1;
        }
        Some(str_part(self.ptr, start, end - start))
    }
}

impl Iterator for SplitWhitespace {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        while self.index < self.len {
            let (c, n) = utf8_decode(self.ptr, self.index);
            if !c.is_whitespace() {
                break;
            }
            self.index += n;
        }
        if self.index >= self.len {
            return None;
        }
        let start = self.index;
        while self.index < self.len {
            let (c, n) = utf8_decode(self.ptr, self.index);
            if c.is_whitespace() {
                break;
            }
            self.index += n;
        }
        Some(str_part(self.ptr, start, self.index - start))
    }
}

// What `split`, `find`, `contains`, `starts_with` … look for: std's `Pattern`, for a `char` and
// a `&str`. `find_in` is the first match at or after byte `from` (a char boundary), as
// `(start, end)`; an empty `&str` matches at every char boundary.
#[lang = "Pattern"]
pub trait Pattern {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)>;

    // The length of the match that ends `haystack`, if one does.
    fn suffix_len(&self, haystack: &str) -> Option<usize>;

    fn is_prefix_of(&self, haystack: &str) -> bool {
        match self.find_in(haystack, 0) {
            Some((0, _)) => true,
            _ => false,
        }
    }
}

impl Pattern for char {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let mut i = from;
        while i < haystack.len() {
            let (c, n) = utf8_decode(haystack.as_ptr(), i);
            if c == *self {
                return Some((i, i + n));
            }
            i += n;
        }
        None
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        let n = self.len_utf8();
        let len = haystack.len();
        if len >= n && (haystack.as_bytes()[len - n] & 192) != 128 && utf8_decode(haystack.as_ptr(), len - n).0 == *self {
            Some(n)
        } else {
            None
        }
    }
}

impl Pattern for &str {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let needle = self.as_bytes();
        let hay = haystack.as_bytes();
        let mut i = from;
        while i + needle.len() <= hay.len() {
            let mut j = 0;
            while j < needle.len() && hay[i + j] == needle[j] {
                j += 1;
            }
            if j == needle.len() {
                return Some((i, i + needle.len()));
            }
            i += 1;
        }
        None
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        let n = self.len();
        if n <= haystack.len() && str_eq(str_part(haystack.as_ptr(), haystack.len() - n, n), *self) { Some(n) } else { None }
    }
}

// Searching and trimming, as std's `str` methods (the whitespace is `char::is_whitespace`).
impl str {
    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        pat.find_in(self, 0).is_some()
    }

    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        match pat.find_in(self, 0) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        pat.is_prefix_of(self)
    }

    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        pat.suffix_len(self).is_some()
    }

    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        let mut result = String::new();
        let mut pieces = self.split(from);
        let mut first = true;
        while let Some(piece) = pieces.next() {
            if !first {
                result.push_str(to);
            }
            result.push_str(piece);
            first = false;
        }
        result
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut start = 0;
        while start < self.len() {
            let (c, n) = utf8_decode(self.as_ptr(), start);
            if !c.is_whitespace() {
                break;
            }
            start += n;
        }
        str_part(self.as_ptr(), start, self.len() - start)
    }

    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        while end > 0 {
            let mut start = end - 1;
            while (self.as_bytes()[start] & 192) == 128 {
                start -= 1;
            }
            if !utf8_decode(self.as_ptr(), start).0.is_whitespace() {
                break;
            }
            end = start;
        }
        str_part(self.as_ptr(), 0, end)
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut result = String::with_capacity(self.len());
        for c in self.chars() {
            result.push(c.to_ascii_uppercase());
        }
        result
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut result = String::with_capacity(self.len());
        for c in self.chars() {
            result.push(c.to_ascii_lowercase());
        }
        result
    }
}

impl<P: Pattern> Iterator for Split<P> {
    type Item = &str;

    fn next(&mut self) -> Option<&str> {
        if self.finished {
            return None;
        }
        let haystack = str_part(self.ptr, 0, self.len);
        let found = if self.search_from <= self.len { self.pat.find_in(haystack, self.search_from) } else { None };
        match found {
            Some((a, b)) => {
                let piece = str_part(self.ptr, self.start, a - self.start);
                self.start = b;
                // After an empty match, the next search starts past the next character.
                self.search_from = if b > a { b } else if b < self.len { b + utf8_decode(self.ptr, b).1 } else { b + 1 };
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(str_part(self.ptr, self.start, self.len - self.start))
            }
        }
    }
}

// ---------------------------------------------------------------- L5: parsing
//
// `s.parse::<F>()` is std's `F::from_str(s)`, and the errors are std's structs, whose `{:?}` is
// derived (`ParseIntError { kind: InvalidDigit }`) and whose `{}` is std's message. Integers are
// parsed as std's `from_str_radix` with radix 10: an optional sign (`-` for signed types only),
// then digits; each character is checked to be a digit before the value is checked for overflow.
// Floats have no impl yet: the checker says parsing one is not supported (rather than E0277).
#[lang = "FromStr"]
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

impl str {
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[lang = "IntErrorKind"]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl Display for ParseIntError {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        f.pad(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}

// The value of `s` as the bits of a two's complement integer (to be truncated to the type),
// when it lies in `-min_magnitude..=max`; `signed` says whether a `-` may start it.
fn parse_integer(s: &str, signed: bool, max: u128, min_magnitude: u128) -> Result<u128, ParseIntError> {
    let bytes = s.as_bytes();
    if bytes.len() == 0 {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let negative = signed && bytes[0] == 45;
    let start = if negative || bytes[0] == 43 { 1 } else { 0 };
    if start == bytes.len() {
        return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
    }
    let limit = if negative { min_magnitude } else { max };
    let mut value: u128 = 0;
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 48 || b > 57 {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        let digit = (b - 48) as u128;
        if value > (limit - digit) / 10 {
            let kind = if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
            return Err(ParseIntError { kind: kind });
        }
        value = value * 10 + digit;
        i += 1;
    }
    if negative && value > 0 { Ok(!value + 1) } else { Ok(value) }
}

impl FromStr for i8 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i8, ParseIntError> {
        match parse_integer(s, true, 127, 128) {
            Ok(bits) => Ok(bits as i8),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i16 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i16, ParseIntError> {
        match parse_integer(s, true, 32767, 32768) {
            Ok(bits) => Ok(bits as i16),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i32 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i32, ParseIntError> {
        match parse_integer(s, true, 2147483647, 2147483648) {
            Ok(bits) => Ok(bits as i32),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i64 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i64, ParseIntError> {
        match parse_integer(s, true, 9223372036854775807, 9223372036854775808) {
            Ok(bits) => Ok(bits as i64),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i128 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i128, ParseIntError> {
        match parse_integer(s, true, 170141183460469231731687303715884105727, 170141183460469231731687303715884105728) {
            Ok(bits) => Ok(bits as i128),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for isize {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<isize, ParseIntError> {
        match parse_integer(s, true, 9223372036854775807, 9223372036854775808) {
            Ok(bits) => Ok(bits as isize),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u8 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u8, ParseIntError> {
        match parse_integer(s, false, 255, 0) {
            Ok(bits) => Ok(bits as u8),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u16 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u16, ParseIntError> {
        match parse_integer(s, false, 65535, 0) {
            Ok(bits) => Ok(bits as u16),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u32 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u32, ParseIntError> {
        match parse_integer(s, false, 4294967295, 0) {
            Ok(bits) => Ok(bits as u32),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u64 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u64, ParseIntError> {
        match parse_integer(s, false, 18446744073709551615, 0) {
            Ok(bits) => Ok(bits as u64),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u128 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u128, ParseIntError> {
        parse_integer(s, false, 340282366920938463463374607431768211455, 0)
    }
}

impl FromStr for usize {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<usize, ParseIntError> {
        match parse_integer(s, false, 18446744073709551615, 0) {
            Ok(bits) => Ok(bits as usize),
            Err(e) => Err(e),
        }
    }
}

// `"true"` and `"false"`, exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl Display for ParseBoolError {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        f.pad("provided string was not `true` or `false`")
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if str_eq(s, "true") {
            Ok(true)
        } else if str_eq(s, "false") {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}

// A string of exactly one character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[lang = "CharErrorKind"]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

impl Display for ParseCharError {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        f.pad(match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        })
    }
}

impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
        }
    }
}

// ---------------------------------------------------------------- L5: char
//
// `char`'s methods, as std's. The Unicode properties are binary searches in tables of ranges that
// scripts/gen-char-tables.sh prints from rustc's own answers (the block at the end of this
// section is its output), so they agree with std for every character.
impl char {
    pub fn is_alphabetic(self) -> bool {
        char_table_has(ALPHABETIC, self as u32)
    }

    pub fn is_numeric(self) -> bool {
        char_table_has(NUMERIC, self as u32)
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_whitespace(self) -> bool {
        char_table_has(WHITE_SPACE, self as u32)
    }

    pub fn is_uppercase(self) -> bool {
        char_table_has(UPPERCASE, self as u32)
    }

    pub fn is_lowercase(self) -> bool {
        char_table_has(LOWERCASE, self as u32)
    }

    pub fn is_control(self) -> bool {
        let c = self as u32;
        c < 32 || (c >= 127 && c < 160)
    }

    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 128
    }

    pub fn is_ascii_digit(&self) -> bool {
        match *self {
            '0'..='9' => true,
            _ => false,
        }
    }

    pub fn is_ascii_hexdigit(&self) -> bool {
        match *self {
            '0'..='9' | 'a'..='f' | 'A'..='F' => true,
            _ => false,
        }
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        match *self {
            'a'..='z' | 'A'..='Z' => true,
            _ => false,
        }
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        match *self {
            'A'..='Z' => true,
            _ => false,
        }
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        match *self {
            'a'..='z' => true,
            _ => false,
        }
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        match *self {
            ' ' | '\t' | '\n' | '\r' | '\x0C' => true,
            _ => false,
        }
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        match *self {
            '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => true,
            _ => false,
        }
    }

    pub fn is_ascii_graphic(&self) -> bool {
        match *self {
            '!'..='~' => true,
            _ => false,
        }
    }

    pub fn is_ascii_control(&self) -> bool {
        let c = *self as u32;
        c < 32 || c == 127
    }

    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { char_from_u32_unchecked(*self as u32 - 32) } else { *self }
    }

    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { char_from_u32_unchecked(*self as u32 + 32) } else { *self }
    }

    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 128 { 1 } else if c < 2048 { 2 } else if c < 65536 { 3 } else { 4 }
    }

    // std's: a letter of either case counts from 10 when the radix passes 10.
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        if radix < 2 || radix > 36 {
            panic!("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        }
        let c = self as u32;
        let digit = if c >= 48 && c <= 57 {
            c - 48
        } else if radix > 10 && (c | 32) >= 97 && (c | 32) <= 122 {
            (c | 32) - 97 + 10
        } else {
            return None;
        };
        if digit < radix { Some(digit) } else { None }
    }

    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if radix < 2 || radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num >= radix {
            None
        } else if num < 10 {
            Some(char_from_u32_unchecked(48 + num))
        } else {
            Some(char_from_u32_unchecked(97 + num - 10))
        }
    }

    pub fn from_u32(i: u32) -> Option<char> {
        if i > 1114111 || (i >= 55296 && i <= 57343) { None } else { Some(char_from_u32_unchecked(i)) }
    }
}

// Whether `code` is in one of the table's ranges (12 hex digits each: first and last).
fn char_table_has(table: &str, code: u32) -> bool {
    let bytes = table.as_bytes();
    let mut lo = 0;
    let mut hi = bytes.len() / 12;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if code < hex6(bytes, mid * 12) {
            hi = mid;
        } else if code > hex6(bytes, mid * 12 + 6) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

// The number written in the six upper-case hex digits at `at`.
fn hex6(bytes: &[u8], at: usize) -> u32 {
    let mut value = 0;
    let mut i = 0;
    while i < 6 {
        let b = bytes[at + i] as u32;
        value = value * 16 + if b <= 57 { b - 48 } else { b - 55 };
        i += 1;
    }
    value
}

// The output of scripts/gen-char-tables.sh.
// 761 ranges
const ALPHABETIC: &str = "\
    00004100005A00006100007A0000AA0000AA0000B50000B50000BA0000BA0000C00000D60000D80000F60000F80002C1\
    0002C60002D10002E00002E40002EC0002EC0002EE0002EE00034500034500036300037400037600037700037A00037D\
    00037F00037F00038600038600038800038A00038C00038C00038E0003A10003A30003F50003F700048100048A00052F\
    0005310005560005590005590005600005880005B00005BD0005BF0005BF0005C10005C20005C40005C50005C70005C7\
    0005D00005EA0005EF0005F200061000061A00062000065700065900065F00066E0006D30006D50006DC0006E10006E8\
    0006ED0006EF0006FA0006FC0006FF0006FF00071000073F00074D0007B10007CA0007EA0007F40007F50007FA0007FA\
    00080000081700081A00082C00084000085800086000086A00087000088700088900088F0008970008970008A00008C9\
    0008D40008DF0008E30008E90008F000093B00093D00094C00094E00095000095500096300097100098300098500098C\
    00098F0009900009930009A80009AA0009B00009B20009B20009B60009B90009BD0009C40009C70009C80009CB0009CC\
    0009CE0009CE0009D70009D70009DC0009DD0009DF0009E30009F00009F10009FC0009FC000A01000A03000A05000A0A\
    000A0F000A10000A13000A28000A2A000A30000A32000A33000A35000A36000A38000A39000A3E000A42000A47000A48\
    000A4B000A4C000A51000A51000A59000A5C000A5E000A5E000A70000A75000A81000A83000A85000A8D000A8F000A91\
    000A93000AA8000AAA000AB0000AB2000AB3000AB5000AB9000ABD000AC5000AC7000AC9000ACB000ACC000AD0000AD0\
    000AE0000AE3000AF9000AFC000B01000B03000B05000B0C000B0F000B10000B13000B28000B2A000B30000B32000B33\
    000B35000B39000B3D000B44000B47000B48000B4B000B4C000B56000B57000B5C000B5D000B5F000B63000B71000B71\
    000B82000B83000B85000B8A000B8E000B90000B92000B95000B99000B9A000B9C000B9C000B9E000B9F000BA3000BA4\
    000BA8000BAA000BAE000BB9000BBE000BC2000BC6000BC8000BCA000BCC000BD0000BD0000BD7000BD7000C00000C0C\
    000C0E000C10000C12000C28000C2A000C39000C3D000C44000C46000C48000C4A000C4C000C55000C56000C58000C5A\
    000C5C000C5D000C60000C63000C80000C83000C85000C8C000C8E000C90000C92000CA8000CAA000CB3000CB5000CB9\
    000CBD000CC4000CC6000CC8000CCA000CCC000CD5000CD6000CDC000CDE000CE0000CE3000CF1000CF3000D00000D0C\
    000D0E000D10000D12000D3A000D3D000D44000D46000D48000D4A000D4C000D4E000D4E000D54000D57000D5F000D63\
    000D7A000D7F000D81000D83000D85000D96000D9A000DB1000DB3000DBB000DBD000DBD000DC0000DC6000DCF000DD4\
    000DD6000DD6000DD8000DDF000DF2000DF3000E01000E3A000E40000E46000E4D000E4D000E81000E82000E84000E84\
    000E86000E8A000E8C000EA3000EA5000EA5000EA7000EB9000EBB000EBD000EC0000EC4000EC6000EC6000ECD000ECD\
    000EDC000EDF000F00000F00000F40000F47000F49000F6C000F71000F83000F88000F97000F99000FBC001000001036\
    00103800103800103B00103F00105000108F00109A00109D0010A00010C50010C70010C70010CD0010CD0010D00010FA\
    0010FC00124800124A00124D00125000125600125800125800125A00125D00126000128800128A00128D0012900012B0\
    0012B20012B50012B80012BE0012C00012C00012C20012C50012C80012D60012D800131000131200131500131800135A\
    00138000138F0013A00013F50013F80013FD00140100166C00166F00167F00168100169A0016A00016EA0016EE0016F8\
    00170000171300171F00173300174000175300176000176C00176E0017700017720017730017800017B30017B60017C8\
    0017D70017D70017DC0017DC0018200018780018800018AA0018B00018F500190000191E00192000192B001930001938\
    00195000196D0019700019740019800019AB0019B00019C9001A00001A1B001A20001A5E001A61001A74001AA7001AA7\
    001ABF001AC0001ACC001ACE001B00001B33001B35001B43001B45001B4C001B80001BA9001BAC001BAF001BBA001BE5\
    001BE7001BF1001C00001C36001C4D001C4F001C5A001C7D001C80001C8A001C90001CBA001CBD001CBF001CE9001CEC\
    001CEE001CF3001CF5001CF6001CFA001CFA001D00001DBF001DD3001DF4001E00001F15001F18001F1D001F20001F45\
    001F48001F4D001F50001F57001F59001F59001F5B001F5B001F5D001F5D001F5F001F7D001F80001FB4001FB6001FBC\
    001FBE001FBE001FC2001FC4001FC6001FCC001FD0001FD3001FD6001FDB001FE0001FEC001FF2001FF4001FF6001FFC\
    00207100207100207F00207F00209000209C00210200210200210700210700210A00211300211500211500211900211D\
    00212400212400212600212600212800212800212A00212D00212F00213900213C00213F00214500214900214E00214E\
    0021600021880024B60024E9002C00002CE4002CEB002CEE002CF2002CF3002D00002D25002D27002D27002D2D002D2D\
    002D30002D67002D6F002D6F002D80002D96002DA0002DA6002DA8002DAE002DB0002DB6002DB8002DBE002DC0002DC6\
    002DC8002DCE002DD0002DD6002DD8002DDE002DE0002DFF002E2F002E2F003005003007003021003029003031003035\
    00303800303C00304100309600309D00309F0030A10030FA0030FC0030FF00310500312F00313100318E0031A00031BF\
    0031F00031FF003400004DBF004E0000A48C00A4D000A4FD00A50000A60C00A61000A61F00A62A00A62B00A64000A66E\
    00A67400A67B00A67F00A6EF00A71700A71F00A72200A78800A78B00A7DC00A7F100A80500A80700A82700A84000A873\
    00A88000A8C300A8C500A8C500A8F200A8F700A8FB00A8FB00A8FD00A8FF00A90A00A92A00A93000A95200A96000A97C\
    00A98000A9B200A9B400A9BF00A9CF00A9CF00A9E000A9EF00A9FA00A9FE00AA0000AA3600AA4000AA4D00AA6000AA76\
    00AA7A00AABE00AAC000AAC000AAC200AAC200AADB00AADD00AAE000AAEF00AAF200AAF500AB0100AB0600AB0900AB0E\
    00AB1100AB1600AB2000AB2600AB2800AB2E00AB3000AB5A00AB5C00AB6900AB7000ABEA00AC0000D7A300D7B000D7C6\
    00D7CB00D7FB00F90000FA6D00FA7000FAD900FB0000FB0600FB1300FB1700FB1D00FB2800FB2A00FB3600FB3800FB3C\
    00FB3E00FB3E00FB4000FB4100FB4300FB4400FB4600FBB100FBD300FD3D00FD5000FD8F00FD9200FDC700FDF000FDFB\
    00FE7000FE7400FE7600FEFC00FF2100FF3A00FF4100FF5A00FF6600FFBE00FFC200FFC700FFCA00FFCF00FFD200FFD7\
    00FFDA00FFDC01000001000B01000D01002601002801003A01003C01003D01003F01004D01005001005D0100800100FA\
    01014001017401028001029C0102A00102D001030001031F01032D01034A01035001037A01038001039D0103A00103C3\
    0103C80103CF0103D10103D501040001049D0104B00104D30104D80104FB01050001052701053001056301057001057A\
    01057C01058A01058C0105920105940105950105970105A10105A30105B10105B30105B90105BB0105BC0105C00105F3\
    0106000107360107400107550107600107670107800107850107870107B00107B20107BA010800010805010808010808\
    01080A01083501083701083801083C01083C01083F01085501086001087601088001089E0108E00108F20108F40108F5\
    0109000109150109200109390109400109590109800109B70109BE0109BF010A00010A03010A05010A06010A0C010A13\
    010A15010A17010A19010A35010A60010A7C010A80010A9C010AC0010AC7010AC9010AE4010B00010B35010B40010B55\
    010B60010B72010B80010B91010C00010C48010C80010CB2010CC0010CF2010D00010D27010D4A010D65010D69010D69\
    010D6F010D85010E80010EA9010EAB010EAC010EB0010EB1010EC2010EC7010EFA010EFC010F00010F1C010F27010F27\
    010F30010F45010F70010F81010FB0010FC4010FE0010FF60110000110450110710110750110800110B80110C20110C2\
    0110D00110E80111000111320111440111470111500111720111760111760111800111BF0111C10111C40111CE0111CF\
    0111DA0111DA0111DC0111DC01120001121101121301123401123701123701123E011241011280011286011288011288\
    01128A01128D01128F01129D01129F0112A80112B00112E801130001130301130501130C01130F011310011313011328\
    01132A01133001133201133301133501133901133D01134401134701134801134B01134C011350011350011357011357\
    01135D01136301138001138901138B01138B01138E01138E0113900113B50113B70113C00113C20113C20113C50113C5\
    0113C70113CA0113CC0113CD0113D10113D10113D30113D301140001144101144301144501144701144A01145F011461\
    0114800114C10114C40114C50114C70114C70115800115B50115B80115BE0115D80115DD01160001163E011640011640\
    0116440116440116800116B50116B80116B801170001171A01171D01172A0117400117460118000118380118A00118DF\
    0118FF01190601190901190901190C01191301191501191601191801193501193701193801193B01193C01193F011942\
    0119A00119A70119AA0119D70119DA0119DF0119E10119E10119E30119E4011A00011A32011A35011A3E011A50011A97\
    011A9D011A9D011AB0011AF8011B60011B67011BC0011BE0011C00011C08011C0A011C36011C38011C3E011C40011C40\
    011C72011C8F011C92011CA7011CA9011CB6011D00011D06011D08011D09011D0B011D36011D3A011D3A011D3C011D3D\
    011D3F011D41011D43011D43011D46011D47011D60011D65011D67011D68011D6A011D8E011D90011D91011D93011D96\
    011D98011D98011DB0011DDB011EE0011EF6011F00011F10011F12011F3A011F3E011F40011FB0011FB0012000012399\
    01240001246E012480012543012F90012FF001300001342F0134410134460134600143FA01440001464601610001612E\
    016800016A38016A40016A5E016A70016ABE016AD0016AED016B00016B2F016B40016B43016B63016B77016B7D016B8F\
    016D40016D6C016E40016E7F016EA0016EB8016EBB016ED3016F00016F4A016F4F016F87016F8F016F9F016FE0016FE1\
    016FE3016FE3016FF0016FF6017000018CD5018CFF018D1E018D80018DF201AFF001AFF301AFF501AFFB01AFFD01AFFE\
    01B00001B12201B13201B13201B15001B15201B15501B15501B16401B16701B17001B2FB01BC0001BC6A01BC7001BC7C\
    01BC8001BC8801BC9001BC9901BC9E01BC9E01D40001D45401D45601D49C01D49E01D49F01D4A201D4A201D4A501D4A6\
    01D4A901D4AC01D4AE01D4B901D4BB01D4BB01D4BD01D4C301D4C501D50501D50701D50A01D50D01D51401D51601D51C\
    01D51E01D53901D53B01D53E01D54001D54401D54601D54601D54A01D55001D55201D6A501D6A801D6C001D6C201D6DA\
    01D6DC01D6FA01D6FC01D71401D71601D73401D73601D74E01D75001D76E01D77001D78801D78A01D7A801D7AA01D7C2\
    01D7C401D7CB01DF0001DF1E01DF2501DF2A01E00001E00601E00801E01801E01B01E02101E02301E02401E02601E02A\
    01E03001E06D01E08F01E08F01E10001E12C01E13701E13D01E14E01E14E01E29001E2AD01E2C001E2EB01E4D001E4EB\
    01E5D001E5ED01E5F001E5F001E6C001E6DE01E6E001E6F501E6FE01E6FF01E7E001E7E601E7E801E7EB01E7ED01E7EE\
    01E7F001E7FE01E80001E8C401E90001E94301E94701E94701E94B01E94B01EE0001EE0301EE0501EE1F01EE2101EE22\
    01EE2401EE2401EE2701EE2701EE2901EE3201EE3401EE3701EE3901EE3901EE3B01EE3B01EE4201EE4201EE4701EE47\
    01EE4901EE4901EE4B01EE4B01EE4D01EE4F01EE5101EE5201EE5401EE5401EE5701EE5701EE5901EE5901EE5B01EE5B\
    01EE5D01EE5D01EE5F01EE5F01EE6101EE6201EE6401EE6401EE6701EE6A01EE6C01EE7201EE7401EE7701EE7901EE7C\
    01EE7E01EE7E01EE8001EE8901EE8B01EE9B01EEA101EEA301EEA501EEA901EEAB01EEBB01F13001F14901F15001F169\
    01F17001F18902000002A6DF02A70002B81D02B82002CEAD02CEB002EBE002EBF002EE5D02F80002FA1D03000003134A\
    031350033479\
";
// 146 ranges
const NUMERIC: &str = "\
    0000300000390000B20000B30000B90000B90000BC0000BE0006600006690006F00006F90007C00007C900096600096F\
    0009E60009EF0009F40009F9000A66000A6F000AE6000AEF000B66000B6F000B72000B77000BE6000BF2000C66000C6F\
    000C78000C7E000CE6000CEF000D58000D5E000D66000D78000DE6000DEF000E50000E59000ED0000ED9000F20000F33\
    00104000104900109000109900136900137C0016EE0016F00017E00017E90017F00017F900181000181900194600194F\
    0019D00019DA001A80001A89001A90001A99001B50001B59001BB0001BB9001C40001C49001C50001C59002070002070\
    00207400207900208000208900215000218200218500218900246000249B0024EA0024FF002776002793002CFD002CFD\
    00300700300700302100302900303800303A00319200319500322000322900324800324F00325100325F003280003289\
    0032B10032BF00A62000A62900A6E600A6EF00A83000A83500A8D000A8D900A90000A90900A9D000A9D900A9F000A9F9\
    00AA5000AA5900ABF000ABF900FF1000FF1901010701013301014001017801018A01018B0102E10102FB010320010323\
    01034101034101034A01034A0103D10103D50104A00104A901085801085F01087901087F0108A70108AF0108FB0108FF\
    01091601091B0109BC0109BD0109C00109CF0109D20109FF010A40010A48010A7D010A7E010A9D010A9F010AEB010AEF\
    010B58010B5F010B78010B7F010BA9010BAF010CFA010CFF010D30010D39010D40010D49010E60010E7E010F1D010F26\
    010F51010F54010FC5010FCB01105201106F0110F00110F901113601113F0111D00111D90111E10111F40112F00112F9\
    0114500114590114D00114D90116500116590116C00116C90116D00116E301173001173B0118E00118F2011950011959\
    011BF0011BF9011C50011C6C011D50011D59011DA0011DA9011DE0011DE9011F50011F59011FC0011FD401240001246E\
    016130016139016A60016A69016AC0016AC9016B50016B59016B5B016B61016D70016D79016E80016E96016FF4016FF6\
    01CCF001CCF901D2C001D2D301D2E001D2F301D36001D37801D7CE01D7FF01E14001E14901E2F001E2F901E4F001E4F9\
    01E5F101E5FA01E8C701E8CF01E95001E95901EC7101ECAB01ECAD01ECAF01ECB101ECB401ED0101ED2D01ED2F01ED3D\
    01F10001F10C01FBF001FBF9\
";
// 10 ranges
const WHITE_SPACE: &str = "\
    00000900000D0000200000200000850000850000A00000A000168000168000200000200A00202800202900202F00202F\
    00205F00205F003000003000\
";
// 660 ranges
const UPPERCASE: &str = "\
    00004100005A0000C00000D60000D80000DE000100000100000102000102000104000104000106000106000108000108\
    00010A00010A00010C00010C00010E00010E000110000110000112000112000114000114000116000116000118000118\
    00011A00011A00011C00011C00011E00011E000120000120000122000122000124000124000126000126000128000128\
    00012A00012A00012C00012C00012E00012E000130000130000132000132000134000134000136000136000139000139\
    00013B00013B00013D00013D00013F00013F00014100014100014300014300014500014500014700014700014A00014A\
    00014C00014C00014E00014E00015000015000015200015200015400015400015600015600015800015800015A00015A\
    00015C00015C00015E00015E00016000016000016200016200016400016400016600016600016800016800016A00016A\
    00016C00016C00016E00016E00017000017000017200017200017400017400017600017600017800017900017B00017B\
    00017D00017D00018100018200018400018400018600018700018900018B00018E000191000193000194000196000198\
    00019C00019D00019F0001A00001A20001A20001A40001A40001A60001A70001A90001A90001AC0001AC0001AE0001AF\
    0001B10001B30001B50001B50001B70001B80001BC0001BC0001C40001C40001C70001C70001CA0001CA0001CD0001CD\
    0001CF0001CF0001D10001D10001D30001D30001D50001D50001D70001D70001D90001D90001DB0001DB0001DE0001DE\
    0001E00001E00001E20001E20001E40001E40001E60001E60001E80001E80001EA0001EA0001EC0001EC0001EE0001EE\
    0001F10001F10001F40001F40001F60001F80001FA0001FA0001FC0001FC0001FE0001FE000200000200000202000202\
    00020400020400020600020600020800020800020A00020A00020C00020C00020E00020E000210000210000212000212\
    00021400021400021600021600021800021800021A00021A00021C00021C00021E00021E000220000220000222000222\
    00022400022400022600022600022800022800022A00022A00022C00022C00022E00022E000230000230000232000232\
    00023A00023B00023D00023E00024100024100024300024600024800024800024A00024A00024C00024C00024E00024E\
    00037000037000037200037200037600037600037F00037F00038600038600038800038A00038C00038C00038E00038F\
    0003910003A10003A30003AB0003CF0003CF0003D20003D40003D80003D80003DA0003DA0003DC0003DC0003DE0003DE\
    0003E00003E00003E20003E20003E40003E40003E60003E60003E80003E80003EA0003EA0003EC0003EC0003EE0003EE\
    0003F40003F40003F70003F70003F90003FA0003FD00042F000460000460000462000462000464000464000466000466\
    00046800046800046A00046A00046C00046C00046E00046E000470000470000472000472000474000474000476000476\
    00047800047800047A00047A00047C00047C00047E00047E00048000048000048A00048A00048C00048C00048E00048E\
    00049000049000049200049200049400049400049600049600049800049800049A00049A00049C00049C00049E00049E\
    0004A00004A00004A20004A20004A40004A40004A60004A60004A80004A80004AA0004AA0004AC0004AC0004AE0004AE\
    0004B00004B00004B20004B20004B40004B40004B60004B60004B80004B80004BA0004BA0004BC0004BC0004BE0004BE\
    0004C00004C10004C30004C30004C50004C50004C70004C70004C90004C90004CB0004CB0004CD0004CD0004D00004D0\
    0004D20004D20004D40004D40004D60004D60004D80004D80004DA0004DA0004DC0004DC0004DE0004DE0004E00004E0\
    0004E20004E20004E40004E40004E60004E60004E80004E80004EA0004EA0004EC0004EC0004EE0004EE0004F00004F0\
    0004F20004F20004F40004F40004F60004F60004F80004F80004FA0004FA0004FC0004FC0004FE0004FE000500000500\
    00050200050200050400050400050600050600050800050800050A00050A00050C00050C00050E00050E000510000510\
    00051200051200051400051400051600051600051800051800051A00051A00051C00051C00051E00051E000520000520\
    00052200052200052400052400052600052600052800052800052A00052A00052C00052C00052E00052E000531000556\
    0010A00010C50010C70010C70010CD0010CD0013A00013F5001C89001C89001C90001CBA001CBD001CBF001E00001E00\
    001E02001E02001E04001E04001E06001E06001E08001E08001E0A001E0A001E0C001E0C001E0E001E0E001E10001E10\
    001E12001E12001E14001E14001E16001E16001E18001E18001E1A001E1A001E1C001E1C001E1E001E1E001E20001E20\
    001E22001E22001E24001E24001E26001E26001E28001E28001E2A001E2A001E2C001E2C001E2E001E2E001E30001E30\
    001E32001E32001E34001E34001E36001E36001E38001E38001E3A001E3A001E3C001E3C001E3E001E3E001E40001E40\
    001E42001E42001E44001E44001E46001E46001E48001E48001E4A001E4A001E4C001E4C001E4E001E4E001E50001E50\
    001E52001E52001E54001E54001E56001E56001E58001E58001E5A001E5A001E5C001E5C001E5E001E5E001E60001E60\
    001E62001E62001E64001E64001E66001E66001E68001E68001E6A001E6A001E6C001E6C001E6E001E6E001E70001E70\
    001E72001E72001E74001E74001E76001E76001E78001E78001E7A001E7A001E7C001E7C001E7E001E7E001E80001E80\
    001E82001E82001E84001E84001E86001E86001E88001E88001E8A001E8A001E8C001E8C001E8E001E8E001E90001E90\
    001E92001E92001E94001E94001E9E001E9E001EA0001EA0001EA2001EA2001EA4001EA4001EA6001EA6001EA8001EA8\
    001EAA001EAA001EAC001EAC001EAE001EAE001EB0001EB0001EB2001EB2001EB4001EB4001EB6001EB6001EB8001EB8\
    001EBA001EBA001EBC001EBC001EBE001EBE001EC0001EC0001EC2001EC2001EC4001EC4001EC6001EC6001EC8001EC8\
    001ECA001ECA001ECC001ECC001ECE001ECE001ED0001ED0001ED2001ED2001ED4001ED4001ED6001ED6001ED8001ED8\
    001EDA001EDA001EDC001EDC001EDE001EDE001EE0001EE0001EE2001EE2001EE4001EE4001EE6001EE6001EE8001EE8\
    001EEA001EEA001EEC001EEC001EEE001EEE001EF0001EF0001EF2001EF2001EF4001EF4001EF6001EF6001EF8001EF8\
    001EFA001EFA001EFC001EFC001EFE001EFE001F08001F0F001F18001F1D001F28001F2F001F38001F3F001F48001F4D\
    001F59001F59001F5B001F5B001F5D001F5D001F5F001F5F001F68001F6F001FB8001FBB001FC8001FCB001FD8001FDB\
    001FE8001FEC001FF8001FFB00210200210200210700210700210B00210D00211000211200211500211500211900211D\
    00212400212400212600212600212800212800212A00212D00213000213300213E00213F00214500214500216000216F\
    0021830021830024B60024CF002C00002C2F002C60002C60002C62002C64002C67002C67002C69002C69002C6B002C6B\
    002C6D002C70002C72002C72002C75002C75002C7E002C80002C82002C82002C84002C84002C86002C86002C88002C88\
    002C8A002C8A002C8C002C8C002C8E002C8E002C90002C90002C92002C92002C94002C94002C96002C96002C98002C98\
    002C9A002C9A002C9C002C9C002C9E002C9E002CA0002CA0002CA2002CA2002CA4002CA4002CA6002CA6002CA8002CA8\
    002CAA002CAA002CAC002CAC002CAE002CAE002CB0002CB0002CB2002CB2002CB4002CB4002CB6002CB6002CB8002CB8\
    002CBA002CBA002CBC002CBC002CBE002CBE002CC0002CC0002CC2002CC2002CC4002CC4002CC6002CC6002CC8002CC8\
    002CCA002CCA002CCC002CCC002CCE002CCE002CD0002CD0002CD2002CD2002CD4002CD4002CD6002CD6002CD8002CD8\
    002CDA002CDA002CDC002CDC002CDE002CDE002CE0002CE0002CE2002CE2002CEB002CEB002CED002CED002CF2002CF2\
    00A64000A64000A64200A64200A64400A64400A64600A64600A64800A64800A64A00A64A00A64C00A64C00A64E00A64E\
    00A65000A65000A65200A65200A65400A65400A65600A65600A65800A65800A65A00A65A00A65C00A65C00A65E00A65E\
    00A66000A66000A66200A66200A66400A66400A66600A66600A66800A66800A66A00A66A00A66C00A66C00A68000A680\
    00A68200A68200A68400A68400A68600A68600A68800A68800A68A00A68A00A68C00A68C00A68E00A68E00A69000A690\
    00A69200A69200A69400A69400A69600A69600A69800A69800A69A00A69A00A72200A72200A72400A72400A72600A726\
    00A72800A72800A72A00A72A00A72C00A72C00A72E00A72E00A73200A73200A73400A73400A73600A73600A73800A738\
    00A73A00A73A00A73C00A73C00A73E00A73E00A74000A74000A74200A74200A74400A74400A74600A74600A74800A748\
    00A74A00A74A00A74C00A74C00A74E00A74E00A75000A75000A75200A75200A75400A75400A75600A75600A75800A758\
    00A75A00A75A00A75C00A75C00A75E00A75E00A76000A76000A76200A76200A76400A76400A76600A76600A76800A768\
    00A76A00A76A00A76C00A76C00A76E00A76E00A77900A77900A77B00A77B00A77D00A77E00A78000A78000A78200A782\
    00A78400A78400A78600A78600A78B00A78B00A78D00A78D00A79000A79000A79200A79200A79600A79600A79800A798\
    00A79A00A79A00A79C00A79C00A79E00A79E00A7A000A7A000A7A200A7A200A7A400A7A400A7A600A7A600A7A800A7A8\
    00A7AA00A7AE00A7B000A7B400A7B600A7B600A7B800A7B800A7BA00A7BA00A7BC00A7BC00A7BE00A7BE00A7C000A7C0\
    00A7C200A7C200A7C400A7C700A7C900A7C900A7CB00A7CC00A7CE00A7CE00A7D000A7D000A7D200A7D200A7D400A7D4\
    00A7D600A7D600A7D800A7D800A7DA00A7DA00A7DC00A7DC00A7F500A7F500FF2100FF3A0104000104270104B00104D3\
    01057001057A01057C01058A01058C010592010594010595010C80010CB2010D50010D650118A00118BF016E40016E5F\
    016EA0016EB801D40001D41901D43401D44D01D46801D48101D49C01D49C01D49E01D49F01D4A201D4A201D4A501D4A6\
    01D4A901D4AC01D4AE01D4B501D4D001D4E901D50401D50501D50701D50A01D50D01D51401D51601D51C01D53801D539\
    01D53B01D53E01D54001D54401D54601D54601D54A01D55001D56C01D58501D5A001D5B901D5D401D5ED01D60801D621\
    01D63C01D65501D67001D68901D6A801D6C001D6E201D6FA01D71C01D73401D75601D76E01D79001D7A801D7CA01D7CA\
    01E90001E92101F13001F14901F15001F16901F17001F189\
";
// 677 ranges
const LOWERCASE: &str = "\
    00006100007A0000AA0000AA0000B50000B50000BA0000BA0000DF0000F60000F80000FF000101000101000103000103\
    00010500010500010700010700010900010900010B00010B00010D00010D00010F00010F000111000111000113000113\
    00011500011500011700011700011900011900011B00011B00011D00011D00011F00011F000121000121000123000123\
    00012500012500012700012700012900012900012B00012B00012D00012D00012F00012F000131000131000133000133\
    00013500013500013700013800013A00013A00013C00013C00013E00013E000140000140000142000142000144000144\
    00014600014600014800014900014B00014B00014D00014D00014F00014F000151000151000153000153000155000155\
    00015700015700015900015900015B00015B00015D00015D00015F00015F000161000161000163000163000165000165\
    00016700016700016900016900016B00016B00016D00016D00016F00016F000171000171000173000173000175000175\
    00017700017700017A00017A00017C00017C00017E00018000018300018300018500018500018800018800018C00018D\
    00019200019200019500019500019900019B00019E00019E0001A10001A10001A30001A30001A50001A50001A80001A8\
    0001AA0001AB0001AD0001AD0001B00001B00001B40001B40001B60001B60001B90001BA0001BD0001BF0001C60001C6\
    0001C90001C90001CC0001CC0001CE0001CE0001D00001D00001D20001D20001D40001D40001D60001D60001D80001D8\
    0001DA0001DA0001DC0001DD0001DF0001DF0001E10001E10001E30001E30001E50001E50001E70001E70001E90001E9\
    0001EB0001EB0001ED0001ED0001EF0001F00001F30001F30001F50001F50001F90001F90001FB0001FB0001FD0001FD\
    0001FF0001FF00020100020100020300020300020500020500020700020700020900020900020B00020B00020D00020D\
    00020F00020F00021100021100021300021300021500021500021700021700021900021900021B00021B00021D00021D\
    00021F00021F00022100022100022300022300022500022500022700022700022900022900022B00022B00022D00022D\
    00022F00022F00023100023100023300023900023C00023C00023F000240000242000242000247000247000249000249\
    00024B00024B00024D00024D00024F0002930002960002B80002C00002C10002E00002E4000345000345000371000371\
    00037300037300037700037700037A00037D0003900003900003AC0003CE0003D00003D10003D50003D70003D90003D9\
    0003DB0003DB0003DD0003DD0003DF0003DF0003E10003E10003E30003E30003E50003E50003E70003E70003E90003E9\
    0003EB0003EB0003ED0003ED0003EF0003F30003F50003F50003F80003F80003FB0003FC00043000045F000461000461\
    00046300046300046500046500046700046700046900046900046B00046B00046D00046D00046F00046F000471000471\
    00047300047300047500047500047700047700047900047900047B00047B00047D00047D00047F00047F000481000481\
    00048B00048B00048D00048D00048F00048F000491000491000493000493000495000495000497000497000499000499\
    00049B00049B00049D00049D00049F00049F0004A10004A10004A30004A30004A50004A50004A70004A70004A90004A9\
    0004AB0004AB0004AD0004AD0004AF0004AF0004B10004B10004B30004B30004B50004B50004B70004B70004B90004B9\
    0004BB0004BB0004BD0004BD0004BF0004BF0004C20004C20004C40004C40004C60004C60004C80004C80004CA0004CA\
    0004CC0004CC0004CE0004CF0004D10004D10004D30004D30004D50004D50004D70004D70004D90004D90004DB0004DB\
    0004DD0004DD0004DF0004DF0004E10004E10004E30004E30004E50004E50004E70004E70004E90004E90004EB0004EB\
    0004ED0004ED0004EF0004EF0004F10004F10004F30004F30004F50004F50004F70004F70004F90004F90004FB0004FB\
    0004FD0004FD0004FF0004FF00050100050100050300050300050500050500050700050700050900050900050B00050B\
    00050D00050D00050F00050F00051100051100051300051300051500051500051700051700051900051900051B00051B\
    00051D00051D00051F00051F00052100052100052300052300052500052500052700052700052900052900052B00052B\
    00052D00052D00052F00052F0005600005880010D00010FA0010FC0010FF0013F80013FD001C80001C88001C8A001C8A\
    001D00001DBF001E01001E01001E03001E03001E05001E05001E07001E07001E09001E09001E0B001E0B001E0D001E0D\
    001E0F001E0F001E11001E11001E13001E13001E15001E15001E17001E17001E19001E19001E1B001E1B001E1D001E1D\
    001E1F001E1F001E21001E21001E23001E23001E25001E25001E27001E27001E29001E29001E2B001E2B001E2D001E2D\
    001E2F001E2F001E31001E31001E33001E33001E35001E35001E37001E37001E39001E39001E3B001E3B001E3D001E3D\
    001E3F001E3F001E41001E41001E43001E43001E45001E45001E47001E47001E49001E49001E4B001E4B001E4D001E4D\
    001E4F001E4F001E51001E51001E53001E53001E55001E55001E57001E57001E59001E59001E5B001E5B001E5D001E5D\
    001E5F001E5F001E61001E61001E63001E63001E65001E65001E67001E67001E69001E69001E6B001E6B001E6D001E6D\
    001E6F001E6F001E71001E71001E73001E73001E75001E75001E77001E77001E79001E79001E7B001E7B001E7D001E7D\
    001E7F001E7F001E81001E81001E83001E83001E85001E85001E87001E87001E89001E89001E8B001E8B001E8D001E8D\
    001E8F001E8F001E91001E91001E93001E93001E95001E9D001E9F001E9F001EA1001EA1001EA3001EA3001EA5001EA5\
    001EA7001EA7001EA9001EA9001EAB001EAB001EAD001EAD001EAF001EAF001EB1001EB1001EB3001EB3001EB5001EB5\
    001EB7001EB7001EB9001EB9001EBB001EBB001EBD001EBD001EBF001EBF001EC1001EC1001EC3001EC3001EC5001EC5\
    001EC7001EC7001EC9001EC9001ECB001ECB001ECD001ECD001ECF001ECF001ED1001ED1001ED3001ED3001ED5001ED5\
    001ED7001ED7001ED9001ED9001EDB001EDB001EDD001EDD001EDF001EDF001EE1001EE1001EE3001EE3001EE5001EE5\
    001EE7001EE7001EE9001EE9001EEB001EEB001EED001EED001EEF001EEF001EF1001EF1001EF3001EF3001EF5001EF5\
    001EF7001EF7001EF9001EF9001EFB001EFB001EFD001EFD001EFF001F07001F10001F15001F20001F27001F30001F37\
    001F40001F45001F50001F57001F60001F67001F70001F7D001F80001F87001F90001F97001FA0001FA7001FB0001FB4\
    001FB6001FB7001FBE001FBE001FC2001FC4001FC6001FC7001FD0001FD3001FD6001FD7001FE0001FE7001FF2001FF4\
    001FF6001FF700207100207100207F00207F00209000209C00210A00210A00210E00210F00211300211300212F00212F\
    00213400213400213900213900213C00213D00214600214900214E00214E00217000217F0021840021840024D00024E9\
    002C30002C5F002C61002C61002C65002C66002C68002C68002C6A002C6A002C6C002C6C002C71002C71002C73002C74\
    002C76002C7D002C81002C81002C83002C83002C85002C85002C87002C87002C89002C89002C8B002C8B002C8D002C8D\
    002C8F002C8F002C91002C91002C93002C93002C95002C95002C97002C97002C99002C99002C9B002C9B002C9D002C9D\
    002C9F002C9F002CA1002CA1002CA3002CA3002CA5002CA5002CA7002CA7002CA9002CA9002CAB002CAB002CAD002CAD\
    002CAF002CAF002CB1002CB1002CB3002CB3002CB5002CB5002CB7002CB7002CB9002CB9002CBB002CBB002CBD002CBD\
    002CBF002CBF002CC1002CC1002CC3002CC3002CC5002CC5002CC7002CC7002CC9002CC9002CCB002CCB002CCD002CCD\
    002CCF002CCF002CD1002CD1002CD3002CD3002CD5002CD5002CD7002CD7002CD9002CD9002CDB002CDB002CDD002CDD\
    002CDF002CDF002CE1002CE1002CE3002CE4002CEC002CEC002CEE002CEE002CF3002CF3002D00002D25002D27002D27\
    002D2D002D2D00A64100A64100A64300A64300A64500A64500A64700A64700A64900A64900A64B00A64B00A64D00A64D\
    00A64F00A64F00A65100A65100A65300A65300A65500A65500A65700A65700A65900A65900A65B00A65B00A65D00A65D\
    00A65F00A65F00A66100A66100A66300A66300A66500A66500A66700A66700A66900A66900A66B00A66B00A66D00A66D\
    00A68100A68100A68300A68300A68500A68500A68700A68700A68900A68900A68B00A68B00A68D00A68D00A68F00A68F\
    00A69100A69100A69300A69300A69500A69500A69700A69700A69900A69900A69B00A69D00A72300A72300A72500A725\
    00A72700A72700A72900A72900A72B00A72B00A72D00A72D00A72F00A73100A73300A73300A73500A73500A73700A737\
    00A73900A73900A73B00A73B00A73D00A73D00A73F00A73F00A74100A74100A74300A74300A74500A74500A74700A747\
    00A74900A74900A74B00A74B00A74D00A74D00A74F00A74F00A75100A75100A75300A75300A75500A75500A75700A757\
    00A75900A75900A75B00A75B00A75D00A75D00A75F00A75F00A76100A76100A76300A76300A76500A76500A76700A767\
    00A76900A76900A76B00A76B00A76D00A76D00A76F00A77800A77A00A77A00A77C00A77C00A77F00A77F00A78100A781\
    00A78300A78300A78500A78500A78700A78700A78C00A78C00A78E00A78E00A79100A79100A79300A79500A79700A797\
    00A79900A79900A79B00A79B00A79D00A79D00A79F00A79F00A7A100A7A100A7A300A7A300A7A500A7A500A7A700A7A7\
    00A7A900A7A900A7AF00A7AF00A7B500A7B500A7B700A7B700A7B900A7B900A7BB00A7BB00A7BD00A7BD00A7BF00A7BF\
    00A7C100A7C100A7C300A7C300A7C800A7C800A7CA00A7CA00A7CD00A7CD00A7CF00A7CF00A7D100A7D100A7D300A7D3\
    00A7D500A7D500A7D700A7D700A7D900A7D900A7DB00A7DB00A7F100A7F400A7F600A7F600A7F800A7FA00AB3000AB5A\
    00AB5C00AB6900AB7000ABBF00FB0000FB0600FB1300FB1700FF4100FF5A01042801044F0104D80104FB0105970105A1\
    0105A30105B10105B30105B90105BB0105BC0107800107800107830107850107870107B00107B20107BA010CC0010CF2\
    010D70010D850118C00118DF016E60016E7F016EBB016ED301D41A01D43301D44E01D45401D45601D46701D48201D49B\
    01D4B601D4B901D4BB01D4BB01D4BD01D4C301D4C501D4CF01D4EA01D50301D51E01D53701D55201D56B01D58601D59F\
    01D5BA01D5D301D5EE01D60701D62201D63B01D65601D66F01D68A01D6A501D6C201D6DA01D6DC01D6E101D6FC01D714\
    01D71601D71B01D73601D74E01D75001D75501D77001D78801D78A01D78F01D7AA01D7C201D7C401D7C901D7CB01D7CB\
    01DF0001DF0901DF0B01DF1E01DF2501DF2A01E03001E06D01E92201E943\
";

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
// `std::option::IntoIter`: an `Option` is an iterator of zero or one values (`for x in opt`,
// `.flatten()` of options, `flat_map(|s| s.parse().ok())`).
pub mod option {
    pub struct IntoIter<T> {
        inner: Option<T>,
    }

    pub fn into_iter<T>(inner: Option<T>) -> IntoIter<T> {
        IntoIter { inner: inner }
    }

    impl<T> Iterator for IntoIter<T> {
        type Item = T;

        fn next(&mut self) -> Option<T> {
            self.inner.take()
        }

        fn size_hint(&self) -> (usize, Option<usize>) {
            let n = if self.inner.is_some() { 1 } else { 0 };
            (n, Some(n))
        }

        fn __trusted_len(&self) -> bool {
            true
        }
    }

    impl<T> DoubleEndedIterator for IntoIter<T> {
        fn next_back(&mut self) -> Option<T> {
            self.inner.take()
        }
    }

    impl<T> ExactSizeIterator for IntoIter<T> {}
}

impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = option::IntoIter<T>;

    fn into_iter(self) -> option::IntoIter<T> {
        option::into_iter(self)
    }
}

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

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    // Whether the iterator is one of std's `TrustedLen` ones: its size hint's upper bound is its
    // exact length, so `collect` allocates that much up front. std's `Vec` picks that path by
    // specialization, ToyRust by this hidden method (as std's own `__iterator_get_unchecked`), true
    // for the iterators and adapters std implements `TrustedLen` for.
    fn __trusted_len(&self) -> bool {
        false
    }

    // Whether std implements `TrustedRandomAccess` for the iterator (what makes a `Skip` of it
    // `TrustedLen`, and a `Zip` of two of them indexed, see `Zip`). std's `Zip` picks its indexed
    // path by specialization on that trait; ToyRust has none, so the trait's three parts are
    // these hidden methods, with defaults for the iterators that are not, overridden by those
    // that are (slice iterators, `Bytes`, integer ranges) and forwarded by the adapters std
    // forwards it through (`Map`, `Enumerate`, `Copied`, `Cloned`, `Skip`, `Zip`). After
    // monomorphization each is a constant, and `-O` folds the other path away.
    fn __trusted_random_access(&self) -> bool {
        false
    }

    // std's `__iterator_get_unchecked`: the item `idx` places after the front, without moving
    // the front; only called when `__trusted_random_access` is true, with `idx` below the size
    // hint's lower bound and at most once for each `idx` (the caller keeps the count).
    fn __iterator_get_unchecked(&mut self, idx: usize) -> Self::Item {
        panic!("Should only be called on TrustedRandomAccess iterators")
    }

    // std's `TrustedRandomAccess::MAY_HAVE_SIDE_EFFECT`: whether `__iterator_get_unchecked` may
    // run user code (a closure of `map`, a `clone`), so that `Zip` must still run it for items
    // it skips or trims.
    fn __may_have_side_effect(&self) -> bool {
        true
    }

    // A `fold`, as std's `count` (and `for_each` below): see `Sum`.
    fn count(self) -> usize {
        self.fold(0, |n, _| n + 1)
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
        Zip::new(self, other.into_iter())
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

    fn for_each<F>(self, mut f: F)
    where
        F: FnMut(Self::Item),
    {
        self.fold((), move |_, x| f(x));
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

    // Every `step`-th element, starting with the first. `step == 0` panics (std's message; its
    // location is std's own file there, the caller's here).
    #[track_caller]
    fn step_by(self, step: usize) -> StepBy<Self> {
        assert!(step != 0);
        StepBy { iter: self, step_minus_one: step - 1, first_take: true }
    }

    fn peekable(self) -> Peekable<Self> {
        Peekable { iter: self, peeked: None }
    }

    fn flatten(self) -> Flatten<Self> {
        Flatten { iter: self, frontiter: None, backiter: None }
    }

    fn flat_map<U: IntoIterator, F>(self, f: F) -> FlatMap<Self, U, F>
    where
        F: FnMut(Self::Item) -> U,
    {
        FlatMap { iter: Map { iter: self, f: f }, frontiter: None, backiter: None }
    }

    fn inspect<F>(self, f: F) -> Inspect<Self, F>
    where
        F: FnMut(&Self::Item),
    {
        Inspect { iter: self, f: f }
    }

    fn by_ref(&mut self) -> &mut Self {
        self
    }

    // The first element is the accumulator's start: `None` for an empty iterator.
    fn reduce<F>(mut self, f: F) -> Option<Self::Item>
    where
        F: FnMut(Self::Item, Self::Item) -> Self::Item,
    {
        match self.next() {
            Some(first) => Some(self.fold(first, f)),
            None => None,
        }
    }

    fn find_map<B, F>(&mut self, mut f: F) -> Option<B>
    where
        F: FnMut(Self::Item) -> Option<B>,
    {
        while let Some(x) = (*self).next() {
            if let Some(found) = f(x) {
                return Some(found);
            }
        }
        None
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }

    fn __trusted_len(&self) -> bool {
        (**self).__trusted_len()
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
            unsafe {
                let p = self.ptr.add(i);
                intrinsics::assume(p as usize != 0);
                Some(&*p)
            }
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.index;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }

    fn __trusted_random_access(&self) -> bool {
        true
    }

    // No `assume` here (see `next`): `Zip`'s `fold` puts the item in no `Option`.
    fn __iterator_get_unchecked(&mut self, idx: usize) -> &T {
        unsafe { &*self.ptr.add(self.index + idx) }
    }

    fn __may_have_side_effect(&self) -> bool {
        false
    }
}

impl<T> Iterator for IterMut<T> {
    type Item = &mut T;

    fn next(&mut self) -> Option<&mut T> {
        if self.index < self.len {
            let i = self.index;
            self.index = i + 1;
            unsafe {
                let p = self.ptr.add(i);
                intrinsics::assume(p as usize != 0);
                Some(&mut *p)
            }
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.index;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }

    fn __trusted_random_access(&self) -> bool {
        true
    }

    // No `assume` here (see `next`): `Zip`'s `fold` puts the item in no `Option`.
    fn __iterator_get_unchecked(&mut self, idx: usize) -> &mut T {
        unsafe { &mut *self.ptr.add(self.index + idx) }
    }

    fn __may_have_side_effect(&self) -> bool {
        false
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

// ---------------------------------------------------------------- windows, chunks, join, concat
//
// `windows(n)`: every run of n neighbours, overlapping; `chunks(n)`: the slice cut into runs of
// n, the last one shorter. std's `Windows`/`Chunks` hold a sub-slice; these hold its address and
// length (as `Iter` does), with std's size hints, panics and back ends.

pub struct Windows<T> {
    ptr: *const T,
    len: usize,
    size: usize,
}

pub struct Chunks<T> {
    ptr: *const T,
    len: usize,
    chunk_size: usize,
}

impl<T> [T] {
    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows { ptr: self.as_ptr(), len: self.len(), size: size }
    }

    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { ptr: self.as_ptr(), len: self.len(), chunk_size: chunk_size }
    }
}

impl<T> Iterator for Windows<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.size > self.len {
            return None;
        }
        let window = unsafe { slice::from_raw_parts(self.ptr, self.size) };
        self.ptr = unsafe { self.ptr.add(1) };
        self.len -= 1;
        Some(window)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.size > self.len { 0 } else { self.len - self.size + 1 };
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T> ExactSizeIterator for Windows<T> {}

impl<T> DoubleEndedIterator for Windows<T> {
    fn next_back(&mut self) -> Option<&[T]> {
        if self.size > self.len {
            return None;
        }
        let window = unsafe { slice::from_raw_parts(self.ptr.add(self.len - self.size), self.size) };
        self.len -= 1;
        Some(window)
    }
}

impl<T> Iterator for Chunks<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.len == 0 {
            return None;
        }
        let n = if self.len < self.chunk_size { self.len } else { self.chunk_size };
        let chunk = unsafe { slice::from_raw_parts(self.ptr, n) };
        self.ptr = unsafe { self.ptr.add(n) };
        self.len -= n;
        Some(chunk)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.len == 0 { 0 } else { self.len / self.chunk_size + if self.len % self.chunk_size != 0 { 1 } else { 0 } };
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
    }
}

impl<T> ExactSizeIterator for Chunks<T> {}

impl<T> DoubleEndedIterator for Chunks<T> {
    fn next_back(&mut self) -> Option<&[T]> {
        if self.len == 0 {
            return None;
        }
        let rem = self.len % self.chunk_size;
        let n = if rem == 0 { self.chunk_size } else { rem };
        let chunk = unsafe { slice::from_raw_parts(self.ptr.add(self.len - n), n) };
        self.len -= n;
        Some(chunk)
    }
}

// std's `join` and `concat` of string slices reserve the exact length first (`join_generic_copy`).
impl [String] {
    pub fn join(&self, sep: &str) -> String {
        let mut total = 0;
        for s in self.iter() {
            total += s.len();
        }
        join_strings(self.len(), total, sep, |i| self[i].as_str())
    }

    pub fn concat(&self) -> String {
        self.join("")
    }
}

impl [&str] {
    pub fn join(&self, sep: &str) -> String {
        let mut total = 0;
        for s in self.iter() {
            total += s.len();
        }
        join_strings(self.len(), total, sep, |i| self[i])
    }

    pub fn concat(&self) -> String {
        self.join("")
    }
}

fn join_strings<'a, F: Fn(usize) -> &'a str>(n: usize, total: usize, sep: &str, part: F) -> String {
    if n == 0 {
        return String::new();
    }
    let mut out = String::with_capacity(sep.len() * (n - 1) + total);
    for i in 0..n {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part(i));
    }
    out
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.index;
        (n, Some(n))
    }

    fn __trusted_len(&self) -> bool {
        true
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

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut n = n;
        while n > 0 {
            if (*self).next_back().is_none() {
                return None;
            }
            n -= 1;
        }
        (*self).next_back()
    }
}

// std's `ExactSizeIterator`, for the types std implements it for: its `len` is the size hint,
// which must be exact.
#[lang = "ExactSizeIterator"]
pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize {
        let (lower, upper) = self.size_hint();
        assert_eq!(upper, Some(lower));
        lower
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for &mut I {}

impl<T> ExactSizeIterator for Iter<T> {}

impl<T> ExactSizeIterator for IterMut<T> {}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl ExactSizeIterator for Bytes {}

impl DoubleEndedIterator for Bytes {
    fn next_back(&mut self) -> Option<u8> {
        if self.index >= self.len {
            return None;
        }
        self.len -= 1;
        unsafe { Some(*self.ptr.add(self.len)) }
    }
}

impl ExactSizeIterator for Range<u8> {}

impl ExactSizeIterator for Range<u16> {}

impl ExactSizeIterator for Range<u32> {}

impl ExactSizeIterator for Range<usize> {}

impl ExactSizeIterator for Range<i8> {}

impl ExactSizeIterator for Range<i16> {}

impl ExactSizeIterator for Range<i32> {}

impl ExactSizeIterator for Range<isize> {}

impl ExactSizeIterator for RangeInclusive<u8> {}

impl ExactSizeIterator for RangeInclusive<i8> {}

impl ExactSizeIterator for RangeInclusive<u16> {}

impl ExactSizeIterator for RangeInclusive<i16> {}

impl<B, I: ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {}

impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {}

impl<I: ExactSizeIterator + DoubleEndedIterator> ExactSizeIterator for Rev<I> {}

impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {}

impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {}

impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {}

impl<'a, T: Copy + 'a, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Copied<I> {}

impl<'a, T: Clone + 'a, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Cloned<I> {}


impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<T> DoubleEndedIterator for Iter<T> {
    fn next_back(&mut self) -> Option<&T> {
        if self.index < self.len {
            self.len = self.len - 1;
            unsafe {
                let p = self.ptr.add(self.len);
                intrinsics::assume(p as usize != 0);
                Some(&*p)
            }
        } else {
            None
        }
    }
}

impl<T> DoubleEndedIterator for IterMut<T> {
    fn next_back(&mut self) -> Option<&mut T> {
        if self.index < self.len {
            self.len = self.len - 1;
            unsafe {
                let p = self.ptr.add(self.len);
                intrinsics::assume(p as usize != 0);
                Some(&mut *p)
            }
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }

    fn __trusted_random_access(&self) -> bool {
        self.iter.__trusted_random_access()
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> B {
        (self.f)(self.iter.__iterator_get_unchecked(idx))
    }

    // std's: the inner iterator's `fold`, each item mapped on the way.
    fn fold<Acc, G>(self, init: Acc, mut g: G) -> Acc
    where
        G: FnMut(Acc, B) -> Acc, {
        let mut f = self.f;
        self.iter.fold(init, move |acc, x| g(acc, f(x)))
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

    // Any number of the rest may be filtered out.
    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
    }

    // std's: the inner iterator's `fold`, items the predicate rejects passed over.
    fn fold<Acc, G>(self, init: Acc, mut g: G) -> Acc
    where
        G: FnMut(Acc, I::Item) -> Acc, {
        let mut predicate = self.predicate;
        self.iter.fold(init, move |acc, x| if predicate(&x) { g(acc, x) } else { acc })
    }

    // std's: the predicate's answers summed, a loop without a branch.
    fn count(self) -> usize {
        let mut predicate = self.predicate;
        self.iter.map(move |x| predicate(&x) as usize).sum::<usize>()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }

    fn __trusted_random_access(&self) -> bool {
        self.iter.__trusted_random_access()
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> (usize, I::Item) {
        (self.count + idx, self.iter.__iterator_get_unchecked(idx))
    }

    fn __may_have_side_effect(&self) -> bool {
        self.iter.__may_have_side_effect()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

// `a.zip(b)`. std's `Zip` has two implementations, chosen by specialization: the general one
// calls `a.next()` and then `b.next()`; the one for two `TrustedRandomAccess` iterators never
// moves them, and takes item `index` of each with `__iterator_get_unchecked` while `index < len`,
// `len` being the smaller size, fixed when the `Zip` is made. Its loop has one counter and one
// bound, which LLVM vectorizes, where the general one has two exits. The difference shows: a
// `map` closure on the longer side is not run for the item past the shorter side's end (the
// general path's `a.next()` runs it), and not again when `next` is called after the end.
// ToyRust has no specialization: `indexed` asks both sides' `__trusted_random_access`, a constant
// in each monomorphized instance, so `-O` keeps one of the two paths of each method.
pub struct Zip<A, B> {
    a: A,
    b: B,
    // Only used by the indexed path: the next index from the front, and the index past the back.
    index: usize,
    len: usize,
}

impl<A: Iterator, B: Iterator> Zip<A, B> {
    fn new(a: A, b: B) -> Zip<A, B> {
        let len = if a.__trusted_random_access() && b.__trusted_random_access() {
            usize_min(a.size_hint().0, b.size_hint().0)
        } else {
            0
        };
        Zip { a: a, b: b, index: 0, len: len }
    }

    fn indexed(&self) -> bool {
        self.a.__trusted_random_access() && self.b.__trusted_random_access()
    }
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        if self.indexed() {
            if self.index < self.len {
                // Counted before the items are taken, whose closures may panic (std's order).
                let i = self.index;
                self.index = i + 1;
                return Some((self.a.__iterator_get_unchecked(i), self.b.__iterator_get_unchecked(i)));
            }
            return None;
        }
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.indexed() {
            let n = self.len - self.index;
            return (n, Some(n));
        }
        let (a_lower, a_upper) = self.a.size_hint();
        let (b_lower, b_upper) = self.b.size_hint();
        let upper = match (a_upper, b_upper) {
            (Some(x), Some(y)) => Some(usize_min(x, y)),
            (Some(x), None) => Some(x),
            (None, Some(y)) => Some(y),
            (None, None) => None,
        };
        (usize_min(a_lower, b_lower), upper)
    }

    fn __trusted_len(&self) -> bool {
        self.a.__trusted_len() && self.b.__trusted_len()
    }

    fn __trusted_random_access(&self) -> bool {
        self.a.__trusted_random_access() && self.b.__trusted_random_access()
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> (A::Item, B::Item) {
        let i = self.index + idx;
        (self.a.__iterator_get_unchecked(i), self.b.__iterator_get_unchecked(i))
    }

    // std's three: indexed, a counted loop over the items left; over two `TrustedLen` sides, as
    // many `next` of each as the shorter has (so the longer side's closure is not run once more,
    // as it is by the general path's `next`); otherwise `next` until one side ends.
    fn fold<Acc, F>(mut self, init: Acc, mut f: F) -> Acc
    where
        F: FnMut(Acc, (A::Item, B::Item)) -> Acc, {
        let mut acc = init;
        if self.indexed() {
            let mut i = self.index;
            while i < self.len {
                acc = f(acc, (self.a.__iterator_get_unchecked(i), self.b.__iterator_get_unchecked(i)));
                i += 1;
            }
            return acc;
        }
        if self.a.__trusted_len() && self.b.__trusted_len() {
            if let (_, Some(upper)) = self.size_hint() {
                let mut left = upper;
                while left > 0 {
                    let pair = match (self.a.next(), self.b.next()) {
                        (Some(x), Some(y)) => (x, y),
                        _ => unreachable!(),
                    };
                    acc = f(acc, pair);
                    left -= 1;
                }
                return acc;
            }
        }
        while let Some(pair) = self.next() {
            acc = f(acc, pair);
        }
        acc
    }

    fn __may_have_side_effect(&self) -> bool {
        self.a.__may_have_side_effect() || self.b.__may_have_side_effect()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.n == 0 {
            return (0, Some(0));
        }
        let (lower, upper) = self.iter.size_hint();
        let upper = match upper {
            Some(x) if x < self.n => Some(x),
            _ => Some(self.n),
        };
        (usize_min(lower, self.n), upper)
    }

    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lower, upper) = self.iter.size_hint();
        let upper = match upper {
            Some(x) => Some(usize_saturating_sub(x, self.n)),
            None => None,
        };
        (usize_saturating_sub(lower, self.n), upper)
    }

    // std's `Skip` is `TrustedLen` only over a `TrustedRandomAccess` iterator.
    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_random_access()
    }

    fn __trusted_random_access(&self) -> bool {
        self.iter.__trusted_random_access()
    }

    // The skipped items are taken (for their side effects) with the first, as std's.
    fn __iterator_get_unchecked(&mut self, idx: usize) -> I::Item {
        if idx == 0 && self.iter.__may_have_side_effect() {
            let mut skipped = 0;
            while skipped < self.n {
                self.iter.__iterator_get_unchecked(skipped);
                skipped += 1;
            }
        }
        self.iter.__iterator_get_unchecked(idx + self.n)
    }

    fn __may_have_side_effect(&self) -> bool {
        self.iter.__may_have_side_effect()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        match (&self.a, &self.b) {
            (Some(a), Some(b)) => {
                let (a_lower, a_upper) = a.size_hint();
                let (b_lower, b_upper) = b.size_hint();
                let upper = match (a_upper, b_upper) {
                    (Some(x), Some(y)) => usize_checked_add(x, y),
                    _ => None,
                };
                (usize_saturating_add(a_lower, b_lower), upper)
            }
            (Some(a), None) => a.size_hint(),
            (None, Some(b)) => b.size_hint(),
            (None, None) => (0, Some(0)),
        }
    }

    fn __trusted_len(&self) -> bool {
        let a = match &self.a {
            Some(a) => a.__trusted_len(),
            None => true,
        };
        let b = match &self.b {
            Some(b) => b.__trusted_len(),
            None => true,
        };
        a && b
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.it.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.it.__trusted_len()
    }

    fn __trusted_random_access(&self) -> bool {
        self.it.__trusted_random_access()
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> T {
        *self.it.__iterator_get_unchecked(idx)
    }

    fn __may_have_side_effect(&self) -> bool {
        self.it.__may_have_side_effect()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.it.size_hint()
    }

    fn __trusted_len(&self) -> bool {
        self.it.__trusted_len()
    }

    fn __trusted_random_access(&self) -> bool {
        self.it.__trusted_random_access()
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> T {
        self.it.__iterator_get_unchecked(idx).clone()
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.flag {
            return (0, Some(0));
        }
        let (_, upper) = self.iter.size_hint();
        (0, upper)
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, upper) = self.iter.size_hint();
        (0, upper)
    }
}

// The index of an item taken from the back is the count so far plus the items left before it.
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let x = self.iter.next_back()?;
        let len = self.iter.len();
        Some((self.count + len, x))
    }
}

// Only the items after the skipped ones come from the back.
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Skip<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.len() > 0 { self.iter.next_back() } else { None }
    }
}

// The back of a `Take` is the `n`th item: the ones after it are skipped from the back.
// ---------------------------------------------------------------- step_by, peekable, flatten, flat_map, inspect
//
// As std's: `StepBy` takes the first element, then every `step`-th through the inner `nth`;
// `Peekable` keeps one element it has looked at (`Some(None)`: it looked and found the end);
// `Flatten` and `FlatMap` keep the inner iterator they are in at each end, and drop it as soon
// as it is exhausted. (Not yet from the back: `flatten().rev()` needs a bound on `U::IntoIter`,
// and `where` clauses on associated types are not supported yet.)

pub struct StepBy<I> {
    iter: I,
    step_minus_one: usize,
    first_take: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let step_size = if self.first_take { 0 } else { self.step_minus_one };
        self.first_take = false;
        self.iter.nth(step_size)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = self.iter.size_hint();
        let step = self.step_minus_one + 1;
        if self.first_take {
            let first = |n: usize| if n == 0 { 0 } else { 1 + (n - 1) / step };
            (first(low), high.map(first))
        } else {
            (low / step, high.map(|n| n / step))
        }
    }
    // std's `StepBy` is `TrustedLen` over a `TrustedRandomAccess` iterator (a slice's, a range's).
    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_random_access()
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for StepBy<I> {}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for StepBy<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let rem = self.iter.len() % (self.step_minus_one + 1);
        let n = if self.first_take { if rem == 0 { self.step_minus_one } else { rem - 1 } } else { rem };
        self.iter.nth_back(n)
    }
}

pub struct Peekable<I: Iterator> {
    iter: I,
    peeked: Option<Option<I::Item>>,
}

impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let peek_len = match self.peeked {
            Some(None) => return (0, Some(0)),
            Some(Some(_)) => 1,
            None => 0,
        };
        let (lo, hi) = self.iter.size_hint();
        let lo = if lo > usize::MAX - peek_len { usize::MAX } else { lo + peek_len };
        let hi = match hi {
            Some(x) => if x > usize::MAX - peek_len { None } else { Some(x + peek_len) },
            None => None,
        };
        (lo, hi)
    }
    // std: `unsafe impl<I: TrustedLen> TrustedLen for Peekable<I>`.
    fn __trusted_len(&self) -> bool {
        self.iter.__trusted_len()
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Peekable<I> {}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Peekable<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        match self.peeked {
            Some(None) => return None,
            _ => {}
        }
        match self.iter.next_back() {
            Some(x) => Some(x),
            None => match self.peeked.take() {
                Some(v) => {
                    self.peeked = Some(None);
                    v
                }
                None => None,
            },
        }
    }
}

impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        let iter = &mut self.iter;
        self.peeked.get_or_insert_with(|| iter.next()).as_ref()
    }

    pub fn peek_mut(&mut self) -> Option<&mut I::Item> {
        let iter = &mut self.iter;
        self.peeked.get_or_insert_with(|| iter.next()).as_mut()
    }

    pub fn next_if(&mut self, func: impl FnOnce(&I::Item) -> bool) -> Option<I::Item> {
        match self.next() {
            Some(matched) => {
                if func(&matched) {
                    return Some(matched);
                }
                self.peeked = Some(Some(matched));
                None
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }
}

// The next element of the inner iterator at one end, which is dropped once it has none.
fn flatten_inner_next<U: Iterator>(inner: &mut Option<U>) -> Option<U::Item> {
    let x = match inner {
        Some(it) => it.next(),
        None => return None,
    };
    if x.is_none() {
        *inner = None;
    }
    x
}

// `Flatten::next` and `FlatMap::next` (std's shared `FlattenCompat`): the front inner iterator
// until it is exhausted, then the next one from the outer iterator, then the back one.
fn flatten_next<I: Iterator<Item = U>, U: IntoIterator>(iter: &mut I, front: &mut Option<U::IntoIter>, back: &mut Option<U::IntoIter>) -> Option<U::Item> {
    loop {
        if let Some(x) = flatten_inner_next(front) {
            return Some(x);
        }
        match iter.next() {
            Some(inner) => *front = Some(inner.into_iter()),
            None => return flatten_inner_next(back),
        }
    }
}

fn flatten_size_hint<I: Iterator, U: Iterator>(iter: &I, front: &Option<U>, back: &Option<U>) -> (usize, Option<usize>) {
    let (flo, fhi) = match front {
        Some(it) => it.size_hint(),
        None => (0, Some(0)),
    };
    let (blo, bhi) = match back {
        Some(it) => it.size_hint(),
        None => (0, Some(0)),
    };
    let lo = if flo > usize::MAX - blo { usize::MAX } else { flo + blo };
    match (iter.size_hint(), fhi, bhi) {
        ((0, Some(0)), Some(a), Some(b)) => (lo, if a > usize::MAX - b { None } else { Some(a + b) }),
        _ => (lo, None),
    }
}

pub struct Flatten<I: Iterator> {
    iter: I,
    frontiter: Option<<I::Item as IntoIterator>::IntoIter>,
    backiter: Option<<I::Item as IntoIterator>::IntoIter>,
}

impl<I: Iterator<Item = U>, U: IntoIterator> Iterator for Flatten<I> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        flatten_next(&mut self.iter, &mut self.frontiter, &mut self.backiter)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        flatten_size_hint(&self.iter, &self.frontiter, &self.backiter)
    }
}

pub struct FlatMap<I, U: IntoIterator, F> {
    iter: Map<I, F>,
    frontiter: Option<U::IntoIter>,
    backiter: Option<U::IntoIter>,
}

impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        flatten_next(&mut self.iter, &mut self.frontiter, &mut self.backiter)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        flatten_size_hint(&self.iter, &self.frontiter, &self.backiter)
    }
}

// The back ends of `Flatten` and `FlatMap` (std's `FlattenCompat::next_back`): the back inner
// iterator until it is exhausted, then the next one from the back of the outer iterator, then the
// front one. `U::IntoIter` is named `J` so that its `next_back` is known.
fn flatten_inner_next_back<J: DoubleEndedIterator>(inner: &mut Option<J>) -> Option<J::Item> {
    let x = match inner {
        Some(it) => it.next_back(),
        None => return None,
    };
    if x.is_none() {
        *inner = None;
    }
    x
}

fn flatten_next_back<I: DoubleEndedIterator<Item = U>, U: IntoIterator<IntoIter = J>, J: DoubleEndedIterator<Item = U::Item>>(iter: &mut I, front: &mut Option<J>, back: &mut Option<J>) -> Option<U::Item> {
    loop {
        if let Some(x) = flatten_inner_next_back(back) {
            return Some(x);
        }
        match iter.next_back() {
            Some(inner) => *back = Some(inner.into_iter()),
            None => return flatten_inner_next_back(front),
        }
    }
}

impl<I: DoubleEndedIterator<Item = U>, U: IntoIterator<IntoIter = J>, J: DoubleEndedIterator<Item = U::Item>> DoubleEndedIterator for Flatten<I> {
    fn next_back(&mut self) -> Option<U::Item> {
        flatten_next_back(&mut self.iter, &mut self.frontiter, &mut self.backiter)
    }
}

impl<I: DoubleEndedIterator, U: IntoIterator<IntoIter = J>, F: FnMut(I::Item) -> U, J: DoubleEndedIterator<Item = U::Item>> DoubleEndedIterator for FlatMap<I, U, F> {
    fn next_back(&mut self) -> Option<U::Item> {
        flatten_next_back(&mut self.iter, &mut self.frontiter, &mut self.backiter)
    }
}

pub struct Inspect<I, F> {
    iter: I,
    f: F,
}

impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let x = self.iter.next();
        if let Some(a) = &x {
            (self.f)(a);
        }
        x
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<I: DoubleEndedIterator, F: FnMut(&I::Item)> DoubleEndedIterator for Inspect<I, F> {
    fn next_back(&mut self) -> Option<I::Item> {
        let x = self.iter.next_back();
        if let Some(a) = &x {
            (self.f)(a);
        }
        x
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        let n = self.n;
        self.n -= 1;
        let len = self.iter.len();
        self.iter.nth_back(usize_saturating_sub(len, n))
    }
}

// The longer side is trimmed from the back first, so that the backs pair up.
impl<A: DoubleEndedIterator + ExactSizeIterator, B: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Zip<A, B> {
    fn next_back(&mut self) -> Option<(A::Item, B::Item)> {
        if self.indexed() {
            return self.indexed_next_back();
        }
        let a_len = self.a.len();
        let b_len = self.b.len();
        let mut extra = if a_len > b_len { a_len - b_len } else { b_len - a_len };
        while extra > 0 {
            if a_len > b_len {
                self.a.next_back();
            } else {
                self.b.next_back();
            }
            extra -= 1;
        }
        match (self.a.next_back(), self.b.next_back()) {
            (Some(x), Some(y)) => Some((x, y)),
            (None, None) => None,
            _ => unreachable!(),
        }
    }
}

// std's indexed `next_back`: nothing once `index` meets `len`; otherwise `len` moves down first
// (a panicking closure must not see the item again), and on the first call only, a longer side
// whose items have side effects is trimmed with its own `next_back` to the common length, so that
// those effects happen as on the general path; the other side's trimming would not show.
impl<A: DoubleEndedIterator + ExactSizeIterator, B: DoubleEndedIterator + ExactSizeIterator> Zip<A, B> {
    fn indexed_next_back(&mut self) -> Option<(A::Item, B::Item)> {
        if self.index >= self.len {
            return None;
        }
        let old_len = self.len;
        self.len = old_len - 1;
        let a_effects = self.a.__may_have_side_effect();
        let b_effects = self.b.__may_have_side_effect();
        if a_effects || b_effects {
            let a_size = self.a.size_hint().0;
            let b_size = self.b.size_hint().0;
            if a_size != b_size && (old_len == a_size || old_len == b_size) {
                if a_effects && a_size > old_len {
                    let mut extra = a_size - old_len;
                    while extra > 0 {
                        self.a.next_back();
                        extra -= 1;
                    }
                }
                if b_effects && b_size > old_len {
                    let mut extra = b_size - old_len;
                    while extra > 0 {
                        self.b.next_back();
                        extra -= 1;
                    }
                }
            }
        }
        let i = self.len;
        Some((self.a.__iterator_get_unchecked(i), self.b.__iterator_get_unchecked(i)))
    }
}

// `iter.sum()` and `iter.product()` (std's `Sum` and `Product`, `core::iter::traits::accum`):
// for each number type, of its values and of references to them. Floats start from -0.0 as
// std's sum does, so an empty sum of `f64` is `-0`. Each is a `fold`, as std's: an adapter's own
// `fold` (`Map`, `Filter`, `Zip`) then makes the loop, with no `Option` per item, and where the
// two differ (a `Zip` of `TrustedLen` sides) the closures run as often as under rustc.
#[lang = "Sum"]
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

#[lang = "Product"]
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

impl Sum<i8> for i8 {
    fn sum<I: Iterator<Item = i8>>(iter: I) -> i8 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&i8> for i8 {
    fn sum<I: Iterator<Item = &i8>>(iter: I) -> i8 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<i8> for i8 {
    fn product<I: Iterator<Item = i8>>(iter: I) -> i8 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&i8> for i8 {
    fn product<I: Iterator<Item = &i8>>(iter: I) -> i8 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<i16> for i16 {
    fn sum<I: Iterator<Item = i16>>(iter: I) -> i16 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&i16> for i16 {
    fn sum<I: Iterator<Item = &i16>>(iter: I) -> i16 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<i16> for i16 {
    fn product<I: Iterator<Item = i16>>(iter: I) -> i16 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&i16> for i16 {
    fn product<I: Iterator<Item = &i16>>(iter: I) -> i16 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<i32> for i32 {
    fn sum<I: Iterator<Item = i32>>(iter: I) -> i32 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&i32> for i32 {
    fn sum<I: Iterator<Item = &i32>>(iter: I) -> i32 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<i32> for i32 {
    fn product<I: Iterator<Item = i32>>(iter: I) -> i32 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&i32> for i32 {
    fn product<I: Iterator<Item = &i32>>(iter: I) -> i32 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<i64> for i64 {
    fn sum<I: Iterator<Item = i64>>(iter: I) -> i64 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&i64> for i64 {
    fn sum<I: Iterator<Item = &i64>>(iter: I) -> i64 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<i64> for i64 {
    fn product<I: Iterator<Item = i64>>(iter: I) -> i64 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&i64> for i64 {
    fn product<I: Iterator<Item = &i64>>(iter: I) -> i64 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<i128> for i128 {
    fn sum<I: Iterator<Item = i128>>(iter: I) -> i128 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&i128> for i128 {
    fn sum<I: Iterator<Item = &i128>>(iter: I) -> i128 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<i128> for i128 {
    fn product<I: Iterator<Item = i128>>(iter: I) -> i128 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&i128> for i128 {
    fn product<I: Iterator<Item = &i128>>(iter: I) -> i128 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<isize> for isize {
    fn sum<I: Iterator<Item = isize>>(iter: I) -> isize {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&isize> for isize {
    fn sum<I: Iterator<Item = &isize>>(iter: I) -> isize {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<isize> for isize {
    fn product<I: Iterator<Item = isize>>(iter: I) -> isize {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&isize> for isize {
    fn product<I: Iterator<Item = &isize>>(iter: I) -> isize {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<u8> for u8 {
    fn sum<I: Iterator<Item = u8>>(iter: I) -> u8 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&u8> for u8 {
    fn sum<I: Iterator<Item = &u8>>(iter: I) -> u8 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<u8> for u8 {
    fn product<I: Iterator<Item = u8>>(iter: I) -> u8 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&u8> for u8 {
    fn product<I: Iterator<Item = &u8>>(iter: I) -> u8 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<u16> for u16 {
    fn sum<I: Iterator<Item = u16>>(iter: I) -> u16 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&u16> for u16 {
    fn sum<I: Iterator<Item = &u16>>(iter: I) -> u16 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<u16> for u16 {
    fn product<I: Iterator<Item = u16>>(iter: I) -> u16 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&u16> for u16 {
    fn product<I: Iterator<Item = &u16>>(iter: I) -> u16 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<u32> for u32 {
    fn sum<I: Iterator<Item = u32>>(iter: I) -> u32 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&u32> for u32 {
    fn sum<I: Iterator<Item = &u32>>(iter: I) -> u32 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<u32> for u32 {
    fn product<I: Iterator<Item = u32>>(iter: I) -> u32 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&u32> for u32 {
    fn product<I: Iterator<Item = &u32>>(iter: I) -> u32 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<u64> for u64 {
    fn sum<I: Iterator<Item = u64>>(iter: I) -> u64 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&u64> for u64 {
    fn sum<I: Iterator<Item = &u64>>(iter: I) -> u64 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<u64> for u64 {
    fn product<I: Iterator<Item = u64>>(iter: I) -> u64 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&u64> for u64 {
    fn product<I: Iterator<Item = &u64>>(iter: I) -> u64 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<u128> for u128 {
    fn sum<I: Iterator<Item = u128>>(iter: I) -> u128 {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&u128> for u128 {
    fn sum<I: Iterator<Item = &u128>>(iter: I) -> u128 {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<u128> for u128 {
    fn product<I: Iterator<Item = u128>>(iter: I) -> u128 {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&u128> for u128 {
    fn product<I: Iterator<Item = &u128>>(iter: I) -> u128 {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<usize> for usize {
    fn sum<I: Iterator<Item = usize>>(iter: I) -> usize {
        iter.fold(0, |acc, x| acc + x)
    }
}

impl Sum<&usize> for usize {
    fn sum<I: Iterator<Item = &usize>>(iter: I) -> usize {
        iter.fold(0, |acc, x| acc + *x)
    }
}

impl Product<usize> for usize {
    fn product<I: Iterator<Item = usize>>(iter: I) -> usize {
        iter.fold(1, |acc, x| acc * x)
    }
}

impl Product<&usize> for usize {
    fn product<I: Iterator<Item = &usize>>(iter: I) -> usize {
        iter.fold(1, |acc, x| acc * *x)
    }
}

impl Sum<f32> for f32 {
    fn sum<I: Iterator<Item = f32>>(iter: I) -> f32 {
        iter.fold(-0.0, |acc, x| acc + x)
    }
}

impl Sum<&f32> for f32 {
    fn sum<I: Iterator<Item = &f32>>(iter: I) -> f32 {
        iter.fold(-0.0, |acc, x| acc + *x)
    }
}

impl Product<f32> for f32 {
    fn product<I: Iterator<Item = f32>>(iter: I) -> f32 {
        iter.fold(1.0, |acc, x| acc * x)
    }
}

impl Product<&f32> for f32 {
    fn product<I: Iterator<Item = &f32>>(iter: I) -> f32 {
        iter.fold(1.0, |acc, x| acc * *x)
    }
}

impl Sum<f64> for f64 {
    fn sum<I: Iterator<Item = f64>>(iter: I) -> f64 {
        iter.fold(-0.0, |acc, x| acc + x)
    }
}

impl Sum<&f64> for f64 {
    fn sum<I: Iterator<Item = &f64>>(iter: I) -> f64 {
        iter.fold(-0.0, |acc, x| acc + *x)
    }
}

impl Product<f64> for f64 {
    fn product<I: Iterator<Item = f64>>(iter: I) -> f64 {
        iter.fold(1.0, |acc, x| acc * x)
    }
}

impl Product<&f64> for f64 {
    fn product<I: Iterator<Item = &f64>>(iter: I) -> f64 {
        iter.fold(1.0, |acc, x| acc * *x)
    }
}

// The `usize` arithmetic of size hints (std's `min`, `saturating_add`, `saturating_sub`, `checked_add`).
fn usize_min(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

fn usize_saturating_add(a: usize, b: usize) -> usize {
    if a > 18446744073709551615 - b { 18446744073709551615 } else { a + b }
}

fn usize_saturating_sub(a: usize, b: usize) -> usize {
    if a > b { a - b } else { 0 }
}

fn usize_checked_add(a: usize, b: usize) -> Option<usize> {
    if a > 18446744073709551615 - b { None } else { Some(a + b) }
}

// `iter.collect()` (std's `FromIterator`), into a `Vec<T>`.
#[lang = "FromIterator"]
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

// std's capacities: a `TrustedLen` iterator's upper bound exactly; any other iterator's first
// value decides whether to allocate at all, then room for it and the lower bound of the rest (at
// least the minimum non-zero capacity), and the vector grows by `reserve(lower + 1)` when full.
// Collecting `Option`s or `Result`s into an `Option`/`Result` of a collection: std's
// `GenericShunt` hands the values on until the first `None` or `Err`, which it keeps (and then
// stops: the rest is not pulled); its size hint's lower bound is 0.
pub struct OptionShunt<'a, I> {
    iter: I,
    failed: &'a mut bool,
}

impl<'a, A, I: Iterator<Item = Option<A>>> Iterator for OptionShunt<'a, I> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if *self.failed {
            return None;
        }
        match self.iter.next() {
            Some(Some(x)) => Some(x),
            Some(None) => {
                *self.failed = true;
                None
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if *self.failed {
            (0, Some(0))
        } else {
            (0, self.iter.size_hint().1)
        }
    }
}

impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        let mut failed = false;
        let v: V = FromIterator::from_iter(OptionShunt { iter: iter.into_iter(), failed: &mut failed });
        if failed { None } else { Some(v) }
    }
}

pub struct ResultShunt<'a, I, E> {
    iter: I,
    error: &'a mut Option<E>,
}

impl<'a, A, E, I: Iterator<Item = Result<A, E>>> Iterator for ResultShunt<'a, I, E> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.error.is_some() {
            return None;
        }
        match self.iter.next() {
            Some(Ok(x)) => Some(x),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.error.is_some() {
            (0, Some(0))
        } else {
            (0, self.iter.size_hint().1)
        }
    }
}

impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        let mut error = None;
        let v: V = FromIterator::from_iter(ResultShunt { iter: iter.into_iter(), error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut it = iter.into_iter();
        if it.__trusted_len() {
            let mut v = match it.size_hint() {
                (_, Some(upper)) => Vec::with_capacity(upper),
                _ => capacity_overflow(),
            };
            // std's `extend_trusted`: the items written in place with no capacity check, by
            // `for_each` (so a `Zip`'s `fold` runs its closures as under rustc), the length
            // counted after each, so that a panic drops those already written.
            let out = &mut v;
            it.for_each(move |x| {
                unsafe {
                    ptr::write(out.ptr.add(out.len), x);
                }
                out.len += 1;
            });
            return v;
        }
        let first = match it.next() {
            Some(x) => x,
            None => return Vec::new(),
        };
        let (lower, _) = it.size_hint();
        let size = mem::size_of::<T>();
        let min = if size == 1 { 8 } else if size <= 1024 { 4 } else { 1 };
        let wanted = usize_saturating_add(lower, 1);
        let mut v = Vec::with_capacity(if wanted > min { wanted } else { min });
        v.push(first);
        while let Some(x) = it.next() {
            if v.len == v.cap {
                let (lower, _) = it.size_hint();
                v.reserve(usize_saturating_add(lower, 1));
            }
            v.push(x);
        }
        v
    }
}

// `collect::<String>()` of `char`s reserves the lower bound, then pushes each; of `&str`s it
// pushes each (std's `Extend` impls, which are these loops).
impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        let (lower, _) = it.size_hint();
        s.vec.reserve(lower);
        while let Some(c) = it.next() {
            s.push(c);
        }
        s
    }
}

impl FromIterator<&str> for String {
    fn from_iter<I: IntoIterator<Item = &str>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(part) = it.next() {
            s.push_str(part);
        }
        s
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
// they only take when the result is in the range, so it cannot overflow, and `steps_between`
// (for `start <= end`: the number of steps, `(usize::MAX, None)` if more than a `usize`) for
// their size hints. `random_access` is whether std's ranges of the type are
// `TrustedRandomAccess` (all integers but the 128-bit ones).
#[lang = "Step"]
pub trait Step: Clone + PartialOrd + Sized {
    fn forward_one(start: Self) -> Self;
    fn backward_one(start: Self) -> Self;
    fn steps_between(start: &Self, end: &Self) -> (usize, Option<usize>);

    fn random_access() -> bool {
        true
    }

    // `n` steps forward, for `Range`'s `__iterator_get_unchecked`, which only asks for values
    // inside the range (so no overflow); a loop here, one addition for the integers std's ranges
    // of are random-access.
    fn forward_unchecked(start: Self, n: usize) -> Self {
        let mut value = start;
        let mut left = n;
        while left > 0 {
            value = Step::forward_one(value);
            left -= 1;
        }
        value
    }
}

impl Step for i8 {
    // The sum as an `i128`, which cannot overflow, cut back to the type (LLVM makes it one add).
    fn forward_unchecked(start: i8, n: usize) -> i8 {
        (start as i128 + n as i128) as i8
    }

    fn forward_one(start: i8) -> i8 {
        start + 1
    }

    fn backward_one(start: i8) -> i8 {
        start - 1
    }

    fn steps_between(start: &i8, end: &i8) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for i16 {
    fn forward_unchecked(start: i16, n: usize) -> i16 {
        (start as i128 + n as i128) as i16
    }

    fn forward_one(start: i16) -> i16 {
        start + 1
    }

    fn backward_one(start: i16) -> i16 {
        start - 1
    }

    fn steps_between(start: &i16, end: &i16) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for i32 {
    fn forward_unchecked(start: i32, n: usize) -> i32 {
        (start as i128 + n as i128) as i32
    }

    fn forward_one(start: i32) -> i32 {
        start + 1
    }

    fn backward_one(start: i32) -> i32 {
        start - 1
    }

    fn steps_between(start: &i32, end: &i32) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for i64 {
    fn forward_unchecked(start: i64, n: usize) -> i64 {
        (start as i128 + n as i128) as i64
    }

    fn forward_one(start: i64) -> i64 {
        start + 1
    }

    fn backward_one(start: i64) -> i64 {
        start - 1
    }

    fn steps_between(start: &i64, end: &i64) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for i128 {
    fn forward_one(start: i128) -> i128 {
        start + 1
    }

    fn backward_one(start: i128) -> i128 {
        start - 1
    }

    // The difference, which can be more than an `i128`, as a `u128`.
    fn steps_between(start: &i128, end: &i128) -> (usize, Option<usize>) {
        if *start < 0 && *end >= 0 {
            steps_of_u128(*end as u128 + (-(*start + 1)) as u128 + 1)
        } else {
            steps_of_u128((*end - *start) as u128)
        }
    }

    fn random_access() -> bool {
        false
    }
}

impl Step for isize {
    fn forward_unchecked(start: isize, n: usize) -> isize {
        (start as i128 + n as i128) as isize
    }

    fn forward_one(start: isize) -> isize {
        start + 1
    }

    fn backward_one(start: isize) -> isize {
        start - 1
    }

    fn steps_between(start: &isize, end: &isize) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for u8 {
    fn forward_unchecked(start: u8, n: usize) -> u8 {
        (start as i128 + n as i128) as u8
    }

    fn forward_one(start: u8) -> u8 {
        start + 1
    }

    fn backward_one(start: u8) -> u8 {
        start - 1
    }

    fn steps_between(start: &u8, end: &u8) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for u16 {
    fn forward_unchecked(start: u16, n: usize) -> u16 {
        (start as i128 + n as i128) as u16
    }

    fn forward_one(start: u16) -> u16 {
        start + 1
    }

    fn backward_one(start: u16) -> u16 {
        start - 1
    }

    fn steps_between(start: &u16, end: &u16) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for u32 {
    fn forward_unchecked(start: u32, n: usize) -> u32 {
        (start as i128 + n as i128) as u32
    }

    fn forward_one(start: u32) -> u32 {
        start + 1
    }

    fn backward_one(start: u32) -> u32 {
        start - 1
    }

    fn steps_between(start: &u32, end: &u32) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for u64 {
    fn forward_unchecked(start: u64, n: usize) -> u64 {
        (start as i128 + n as i128) as u64
    }

    fn forward_one(start: u64) -> u64 {
        start + 1
    }

    fn backward_one(start: u64) -> u64 {
        start - 1
    }

    fn steps_between(start: &u64, end: &u64) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

impl Step for u128 {
    fn forward_one(start: u128) -> u128 {
        start + 1
    }

    fn backward_one(start: u128) -> u128 {
        start - 1
    }

    fn steps_between(start: &u128, end: &u128) -> (usize, Option<usize>) {
        steps_of_u128(*end - *start)
    }

    fn random_access() -> bool {
        false
    }
}

impl Step for usize {
    fn forward_unchecked(start: usize, n: usize) -> usize {
        (start as i128 + n as i128) as usize
    }

    fn forward_one(start: usize) -> usize {
        start + 1
    }

    fn backward_one(start: usize) -> usize {
        start - 1
    }

    fn steps_between(start: &usize, end: &usize) -> (usize, Option<usize>) {
        let n = (*end as i128 - *start as i128) as usize;
        (n, Some(n))
    }
}

fn steps_of_u128(n: u128) -> (usize, Option<usize>) {
    if n <= 18446744073709551615 {
        (n as usize, Some(n as usize))
    } else {
        (18446744073709551615, None)
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

    fn steps_between(start: &char, end: &char) -> (usize, Option<usize>) {
        let start = *start as u32;
        let end = *end as u32;
        let mut n = (end - start) as usize;
        if start < 0xD800 && 0xE000 <= end {
            n -= 0x800;
        }
        (n, Some(n))
    }

    fn random_access() -> bool {
        false
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.start < self.end {
            Step::steps_between(&self.start, &self.end)
        } else {
            (0, Some(0))
        }
    }

    fn __trusted_len(&self) -> bool {
        true
    }

    fn __trusted_random_access(&self) -> bool {
        A::random_access()
    }

    fn __iterator_get_unchecked(&mut self, idx: usize) -> A {
        Step::forward_unchecked(self.start.clone(), idx)
    }

    fn __may_have_side_effect(&self) -> bool {
        false
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        (18446744073709551615, None)
    }

    fn __trusted_len(&self) -> bool {
        true
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || !(self.start <= self.end) {
            return (0, Some(0));
        }
        let (lower, upper) = Step::steps_between(&self.start, &self.end);
        let upper = match upper {
            Some(n) => usize_checked_add(n, 1),
            None => None,
        };
        (usize_saturating_add(lower, 1), upper)
    }

    fn __trusted_len(&self) -> bool {
        true
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

// ---------------------------------------------------------------- L5: sorting
//
// (After the closures: the `Fn*` lang items must be declared before a bound names them.)
// `sort`, `sort_by` and `sort_by_key` are a stable merge sort, so for any total order they give
// std's result (the stable order is unique). Runs of up to 20 are sorted by insertion, with the
// comparisons std's driftsort makes for such a slice (`insertion_sort_shift_left`); longer ones
// are split in halves, sorted and merged through a buffer for the left half. A panicking
// comparator leaves the slice a permutation of its values: insertion swaps, and a merge's guard
// (`MergeGap`) moves the left values still in the buffer back into the gap they left. The
// `sort_unstable*` methods are the same sort (std's ipnsort orders equal keys otherwise past 20).
// The helpers take the comparator by `&mut` and call it with `call_mut` (ToyRust does not call a
// closure through a reference yet).
impl<T> [T] {
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        merge_sort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        merge_sort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        merge_sort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        merge_sort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    pub fn reverse(&mut self) {
        let len = self.len();
        let mut i = 0;
        while i < len / 2 {
            self.swap(i, len - 1 - i);
            i += 1;
        }
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|p: &T| p.cmp(x))
    }

    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|p: &T| f(p).cmp(b))
    }

    // std 1.95's loop: halve the window without an early exit, then look at the one left.
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == Ordering::Equal {
            Ok(base)
        } else if cmp == Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }
}

fn merge_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let len = v.len();
    if len <= 20 {
        insertion_sort(v, is_less);
        return;
    }
    let buf: Vec<T> = Vec::with_capacity(len / 2);
    sort_run(v.as_mut_ptr(), len, buf.ptr, is_less);
}

// Sorts the `len` values at `v`, with room for `len / 2` of them at `buf`.
fn sort_run<T, F: FnMut(&T, &T) -> bool>(v: *mut T, len: usize, buf: *mut T, is_less: &mut F) {
    if len <= 20 {
        insertion_sort(unsafe { slice::from_raw_parts_mut(v, len) }, is_less);
        return;
    }
    let mid = len / 2;
    unsafe {
        sort_run(v, mid, buf, is_less);
        sort_run(v.add(mid), len - mid, buf, is_less);
        merge(v, len, mid, buf, is_less);
    }
}

// Each value in turn is moved left past the greater ones before it.
fn insertion_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let mut i = 1;
    while i < v.len() {
        let mut j = i;
        while j > 0 && is_less.call_mut((&v[j], &v[j - 1])) {
            v.swap(j, j - 1);
            j -= 1;
        }
        i += 1;
    }
}

// The left values not yet merged, `buf[taken..mid]`, and where they go back: the gap before the
// right values not yet merged, which is as long. Dropping it (at the end, or when the comparator
// panics) moves them there.
struct MergeGap<T> {
    buf: *mut T,
    taken: usize,
    mid: usize,
    dst: *mut T,
}

impl<T> Drop for MergeGap<T> {
    fn drop(&mut self) {
        unsafe { ptr::copy_nonoverlapping(self.buf.add(self.taken), self.dst, self.mid - self.taken) };
    }
}

// Merges the sorted `v[..mid]` and `v[mid..len]`: the left run goes to `buf`, and the smaller
// head of the two is moved to the front each time (the left one on a tie: stable).
unsafe fn merge<T, F: FnMut(&T, &T) -> bool>(v: *mut T, len: usize, mid: usize, buf: *mut T, is_less: &mut F) {
    ptr::copy_nonoverlapping(v, buf, mid);
    let mut gap = MergeGap { buf: buf, taken: 0, mid: mid, dst: v };
    let mut right = mid;
    while gap.taken < mid && right < len {
        if is_less.call_mut((&*v.add(right), &*buf.add(gap.taken))) {
            ptr::copy_nonoverlapping(v.add(right), gap.dst, 1);
            right += 1;
        } else {
            ptr::copy_nonoverlapping(buf.add(gap.taken), gap.dst, 1);
            gap.taken += 1;
        }
        gap.dst = gap.dst.add(1);
    }
}
