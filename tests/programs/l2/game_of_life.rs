// Game of life on a fixed 8x8 board: a struct with a nested array, &self/&mut self methods,
// wrapping neighbours computed with usize arithmetic.
const N: usize = 8;

#[derive(Clone, Copy)]
struct Board {
    cells: [[bool; N]; N],
}

impl Board {
    fn empty() -> Board {
        Board { cells: [[false; N]; N] }
    }

    fn neighbours(&self, r: usize, c: usize) -> u32 {
        let mut count = 0;
        for dr in 0..3 {
            for dc in 0..3 {
                if dr == 1 && dc == 1 {
                    continue;
                }
                let rr = (r + N + dr - 1) % N;
                let cc = (c + N + dc - 1) % N;
                if self.cells[rr][cc] {
                    count += 1;
                }
            }
        }
        count
    }

    fn step(&self) -> Board {
        let mut next = Board::empty();
        for r in 0..N {
            for c in 0..N {
                let n = self.neighbours(r, c);
                next.cells[r][c] = match (self.cells[r][c], n) {
                    (true, 2) | (true, 3) => true,
                    (false, 3) => true,
                    _ => false,
                };
            }
        }
        next
    }

    fn show(&self) {
        for r in 0..N {
            for c in 0..N {
                print!("{}", if self.cells[r][c] { '#' } else { '.' });
            }
            println!();
        }
        println!();
    }
}

fn main() {
    let mut b = Board::empty();
    b.cells[0][1] = true;
    b.cells[1][2] = true;
    b.cells[2][0] = true;
    b.cells[2][1] = true;
    b.cells[2][2] = true;
    for _ in 0..4 {
        b.show();
        b = b.step();
    }
    b.show();
}
