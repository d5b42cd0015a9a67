// `main` must be a safe function.
unsafe fn main() {} //~ ERROR E0580
