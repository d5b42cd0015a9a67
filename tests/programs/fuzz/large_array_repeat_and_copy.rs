// Found by the crash fuzzer (corpus crash-large-array-repeat.rs: the sieve example with its limit
// made 100100): `[false; 100100]` was built as one LLVM value and stored, and instruction
// selection, splitting the store into 100,100, overflowed the compiler's stack (SIGSEGV). A large
// repeat is now a memset or a loop into its place, and a copy of a large value a memcpy.
fn main() {
    let mut sieve = [false; 100100];
    sieve[99] = true;
    let copy = sieve;
    let sevens = [7u16; 1000];
    let mut pairs = [(1u8, true); 300];
    pairs[299].0 = 9;
    let moved = pairs;
    println!("{} {} {} {} {:?} {:?}", sieve[99], copy[99], copy[100099], sevens[999], moved[299], moved[0]);
}
