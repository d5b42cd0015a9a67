// Arrays of arrays: a matrix, indexing `m[i][j]`, assignment into it, lengths of both levels.
fn main() {
    let mut m = [[0i32; 4]; 3];
    for i in 0..3 {
        for j in 0..4 {
            m[i][j] = (i * 10 + j) as i32;
        }
    }
    println!("{} {}", m.len(), m[0].len());
    println!("{:?}", m);
    println!("{}", m[2][3]);
    let row = m[1];
    println!("{:?}", row);
    let mut t = [[1, 2], [3, 4]];
    let tmp = t[0][1];
    t[0][1] = t[1][0];
    t[1][0] = tmp;
    println!("{:?}", t);
    let cube = [[[1u8; 2]; 2]; 2];
    println!("{:?}", cube);
}
