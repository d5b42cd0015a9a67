// An impl's const that its trait does not declare (E0438); an unknown associated item (E0599).
trait Shape {
    const SIDES: u32;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
    const CORNERS: u32 = 4; //~ ERROR E0438
}

fn main() {
    let _ = Square::EDGES; //~ ERROR E0599
}
