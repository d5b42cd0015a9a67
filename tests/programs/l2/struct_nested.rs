// Structs holding structs, tuples and arrays; arrays of structs; deep field assignment.
#[derive(Clone, Copy)]
struct Vec2 {
    x: i32,
    y: i32,
}

struct Segment {
    from: Vec2,
    to: Vec2,
}

struct Polygon {
    corners: [Vec2; 3],
    label: (char, u8),
}

fn main() {
    let mut s = Segment { from: Vec2 { x: 0, y: 0 }, to: Vec2 { x: 3, y: 4 } };
    s.to.x += 1;
    println!("{} {} {} {}", s.from.x, s.from.y, s.to.x, s.to.y);
    let mut poly = Polygon {
        corners: [Vec2 { x: 0, y: 0 }, Vec2 { x: 5, y: 0 }, Vec2 { x: 0, y: 5 }],
        label: ('t', 1),
    };
    poly.corners[2].y = 7;
    poly.label.1 += 1;
    let mut sum = 0;
    for i in 0..poly.corners.len() {
        sum += poly.corners[i].x + poly.corners[i].y;
    }
    println!("{} {}{}", sum, poly.label.0, poly.label.1);
    let grid = [Vec2 { x: 1, y: 2 }; 4];
    println!("{}", grid[3].x * 10 + grid[3].y);
}
