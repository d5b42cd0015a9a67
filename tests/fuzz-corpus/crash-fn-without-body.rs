// Crash: KeyNotFoundException ('main') in MonoCollector.Collector.Add, compiling to an object file.
// A free function without a body passes the checker (rustc: "free function without a body"); the
// mono collector then finds no body for `main`. Found by `toyrust-fuzz mutate --seed 7` (mutant 12894,
// tests/programs/hello.rs with DuplicateToken, DeleteLines, ReplaceToken).
fn main() ;
