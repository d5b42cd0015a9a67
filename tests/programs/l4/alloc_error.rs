//@ exit-code: 134
//@ only-target: x86_64
// `handle_alloc_error` prints rustc's message and aborts (SIGABRT), after what was printed before.
// x86-64 only: under qemu-user the abort adds qemu's own "uncaught target signal 6" line to stderr.
use std::alloc::{handle_alloc_error, Layout};

fn main() {
    let layout = Layout::from_size_align(48, 16).unwrap();
    println!("giving up on {} bytes", layout.size());
    handle_alloc_error(layout);
}
