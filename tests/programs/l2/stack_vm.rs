// A small stack machine: an enum of instructions with data, a struct with an array stack,
// a match loop with a program counter.
#[derive(Clone, Copy, Debug)]
enum Instr {
    Push(i64),
    Pop,
    Over,
    Mul,
    Dup,
    JumpIfNonZero(usize),
    Dec,
    Swap,
    Print,
    Halt,
}

struct Vm {
    stack: [i64; 16],
    sp: usize,
    pc: usize,
}

impl Vm {
    fn new() -> Self {
        Vm { stack: [0; 16], sp: 0, pc: 0 }
    }

    fn push(&mut self, v: i64) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    fn pop(&mut self) -> i64 {
        self.sp -= 1;
        self.stack[self.sp]
    }

    fn run(&mut self, program: &[Instr; 13]) {
        loop {
            let instr = program[self.pc];
            self.pc += 1;
            match instr {
                Instr::Push(v) => self.push(v),
                Instr::Pop => {
                    self.pop();
                }
                Instr::Over => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(a);
                    self.push(b);
                    self.push(a);
                }
                Instr::Mul => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(a * b);
                }
                Instr::Dup => {
                    let a = self.pop();
                    self.push(a);
                    self.push(a);
                }
                Instr::JumpIfNonZero(target) => {
                    let a = self.pop();
                    if a != 0 {
                        self.pc = target;
                    }
                }
                Instr::Dec => {
                    let a = self.pop();
                    self.push(a - 1);
                }
                Instr::Swap => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(b);
                    self.push(a);
                }
                Instr::Print => println!("top = {}", self.stack[self.sp - 1]),
                Instr::Halt => break,
            }
        }
    }
}

fn main() {
    // Computes 10! with the accumulator below the counter: [acc, n] -> [acc * n, n - 1].
    let program = [
        Instr::Push(1),
        Instr::Push(10),
        Instr::Swap,
        Instr::Over,
        Instr::Mul,
        Instr::Print,
        Instr::Swap,
        Instr::Dec,
        Instr::Dup,
        Instr::JumpIfNonZero(2),
        Instr::Pop,
        Instr::Print,
        Instr::Halt,
    ];
    let mut vm = Vm::new();
    vm.run(&program);
    println!("{:?} sp={} pc={}", program[0], vm.sp, vm.pc);
}
