// `fn main() -> Result<(), E>` prints an `Err` with `{:?}`: E must be `Debug`.
struct NoDebug;

fn main() -> Result<(), NoDebug> { //~ ERROR E0277 `NoDebug` doesn't implement `Debug`
    Err(NoDebug)
}
