// Bug 44, found by the differential campaign (seed 14000388): a bool and a char are padded as a
// string slice is (std's Formatter::pad), so a precision truncates them: `{:>12.3}` of true is
// "         tru", and `{:.0}` of a char prints nothing. A user Display that hands its Formatter on
// to a field's passes the precision with it.

use std::fmt;
struct S(bool, &'static str, char, i32, f64);
impl fmt::Display for S {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)?;
        write!(f, "|")?;
        fmt::Display::fmt(&self.1, f)?;
        write!(f, "|")?;
        fmt::Display::fmt(&self.2, f)?;
        write!(f, "|")?;
        fmt::Display::fmt(&self.3, f)?;
        write!(f, "|")?;
        fmt::Display::fmt(&self.4, f)
    }
}
fn main() {
    println!("[{:>12.3}]", S(true, "hello", 'x', 42, 1.23456));
    println!("[{:<6.1}]", S(false, "ab", 'y', -7, 2.5));
    println!("[{:.2}] [{:8.2}] [{:.0}]", true, false, 'c');
    println!("[{:.2?}] [{:8.1?}]", true, "abc");
}
