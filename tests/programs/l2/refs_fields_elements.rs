// References to struct fields and array elements, written through, and `&mut` to a whole array.
struct Player {
    hp: i32,
    pos: (i32, i32),
    inventory: [u8; 4],
}

fn heal(hp: &mut i32, amount: i32) {
    *hp += amount;
}

fn double_all(a: &mut [i32; 3]) {
    for i in 0..3 {
        a[i] *= 2;
    }
}

fn total(a: &[u8; 4]) -> u32 {
    let mut t = 0;
    for i in 0..a.len() {
        t += a[i] as u32;
    }
    t
}

fn main() {
    let mut p = Player { hp: 10, pos: (0, 0), inventory: [1, 2, 3, 4] };
    heal(&mut p.hp, 5);
    let x = &mut p.pos.0;
    *x = 7;
    let slot = &mut p.inventory[2];
    *slot = 30;
    println!("{} {:?} {:?}", p.hp, p.pos, p.inventory);
    println!("{}", total(&p.inventory));
    let mut arr = [1, 2, 3];
    double_all(&mut arr);
    let first = &arr[0];
    println!("{} {:?}", first, arr);
    let pr = &p;
    println!("{} {}", pr.hp, pr.inventory[3]);
}
