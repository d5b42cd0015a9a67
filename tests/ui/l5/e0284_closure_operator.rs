// `x + 1` does not tell x's type: a closure nothing calls leaves it open.
fn main() {
    let _f = |x| x + 1; //~ ERROR E0284
}
