//@ exit-code: 101
// `unwrap()` on Err panics with the Debug form of the error.
#[derive(Debug)]
enum ConfigError {
    Missing { key: char, line: u32 },
}

fn get(key: char) -> Result<u32, ConfigError> {
    if key == 'a' { Ok(1) } else { Err(ConfigError::Missing { key, line: 12 }) }
}

fn explain(e: &ConfigError) {
    match e {
        ConfigError::Missing { key, line } => println!("missing {} at line {}", key, line),
    }
}

fn main() {
    println!("{}", get('a').unwrap());
    if let Err(e) = get('b') {
        explain(&e);
    }
    let v = get('q').unwrap();
    println!("{}", v);
}
