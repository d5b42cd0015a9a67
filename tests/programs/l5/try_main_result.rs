//@ exit-code: 1
// `fn main() -> Result<(), E>`: `?` in `main` itself. On an `Err`, rustc's runtime prints
// `Error: {err:?}` on stderr and the program exits with code 1 (`Termination`); everything
// printed before stays printed, and main's locals are dropped before the error is reported.
#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Invalid { key: String, value: i64 },
}

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn lookup(key: &str) -> Result<i64, ConfigError> {
    if key == "width" {
        Ok(80)
    } else if key == "depth" {
        Ok(-3)
    } else {
        Err(ConfigError::Missing(String::from(key)))
    }
}

fn positive(key: &str) -> Result<i64, ConfigError> {
    let value = lookup(key)?;
    if value < 0 {
        return Err(ConfigError::Invalid { key: String::from(key), value });
    }
    Ok(value)
}

fn main() -> Result<(), ConfigError> {
    let _guard = Guard("main");
    println!("width = {}", positive("width")?);
    match positive("height") {
        Ok(v) => println!("height = {}", v),
        Err(e) => println!("no height: {:?}", e),
    }
    let _inner = Guard("inner");
    println!("depth = {}", positive("depth")?);
    println!("not reached");
    Ok(())
}
