// A required trait method has no body to bind in: its parameters are names or `_` (E0642); a
// `mut` binding is rustc's deny-by-default lint `patterns_in_fns_without_body`.
trait Mix {
    fn mix(&self, (r, g): (u8, u8), _: bool) -> u8; //~ ERROR E0642
    fn pick(&self, &n: &u8, ref m: u8) -> u8; //~ ERROR E0642
    //~^ ERROR E0642
    fn keep(&self, mut x: u8) -> u8; //~ ERROR patterns aren't allowed in functions without bodies
    fn plain(&self, x: u8) -> u8;
}

fn main() {}
