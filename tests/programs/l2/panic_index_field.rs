//@ exit-code: 101
// Out-of-bounds indexing into an array field through a &mut self method.
struct Buffer {
    data: [u8; 3],
    pos: usize,
}

impl Buffer {
    fn write(&mut self, b: u8) {
        self.data[self.pos] = b;
        self.pos += 1;
    }
}

fn main() {
    let mut buf = Buffer { data: [0; 3], pos: 0 };
    for i in 0..5 {
        buf.write(i);
        println!("{:?}", buf.data);
    }
}
