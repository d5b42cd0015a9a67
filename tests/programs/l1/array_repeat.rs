// Repeat expressions `[x; N]`, with N a literal or a const, and then modified element by element.
const SIZE: usize = 6;

fn main() {
    let zeros = [0; 4];
    println!("{:?}", zeros);
    let mut squares = [0u64; SIZE];
    for i in 0..SIZE {
        squares[i] = (i * i) as u64;
    }
    println!("{:?}", squares);
    let chars = ['-'; 10];
    let mut line = 0;
    for c in 0..chars.len() {
        print!("{}", chars[c]);
        line += 1;
    }
    println!(" {}", line);
    let falses = [false; 3];
    println!("{:?}", falses);
    let pairs = [(1, 'a'); 2];
    println!("{:?}", pairs);
    let big = [7u8; 1000];
    println!("{} {}", big.len(), big[999]);
}
