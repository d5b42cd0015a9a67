// A crate without `fn main`: rustc points just past the end of the file.
fn helper() -> i32 {
    1
} //~ ERROR E0601
