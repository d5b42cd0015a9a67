// `{:?}` and `{:#?}` of derived Debug for named, tuple and unit structs, nested and in arrays.
#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Pair(i32, char);

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Line {
    start: Point,
    end: Point,
    name: &'static str,
    visible: bool,
}

#[derive(Debug)]
struct Empty {}

fn main() {
    println!("{:?}", Unit);
    println!("{:?}", Pair(-1, 'q'));
    println!("{:?}", Point { x: 1, y: 2 });
    let l = Line { start: Point { x: 0, y: 0 }, end: Point { x: 3, y: 4 }, name: "diag", visible: true };
    println!("{:?}", l);
    println!("{:#?}", l);
    println!("{:#?}", Pair(5, '\n'));
    println!("{:#?}", Unit);
    println!("{:?} {:#?}", Empty {}, Empty {});
    let pts = [Point { x: 1, y: 1 }, Point { x: 2, y: 2 }];
    println!("{:?}", pts);
    println!("{:#?}", pts);
    let p = Pair(3, 'p');
    println!("{} {} {} {} {} {}", p.0, p.1, l.start.x + l.end.y, l.name, l.visible, pts[1].x * pts[0].y);
}
