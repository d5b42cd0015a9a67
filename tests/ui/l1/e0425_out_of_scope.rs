// A binding from an inner block is gone after the block.
fn main() {
    {
        let inner = 5;
        println!("{}", inner);
    }
    println!("{}", inner); //~ ERROR E0425
}
