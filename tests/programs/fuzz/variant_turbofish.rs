// Generic arguments written on a prelude variant (`None::<u16>`) give the enum its type
// arguments. They were dropped, so the payload type stayed unknown, the enum was laid out
// without a payload, and Debug formatting built a GEP into the missing payload (an ICE).
fn main() {
    println!("{:?}", None::<u16>);
    let y = None::<u64>;
    println!("{:?} {}", y, y.is_none());
    println!("{:?} {:?}", Some::<u8>(3), Ok::<u8, bool>(4 & 2));
    let e = Err::<u8, u128>(u128::MAX);
    match e {
        Ok(v) => println!("ok {}", v),
        Err(w) => println!("err {}", w == u128::MAX),
    }
    println!("{}", Some::<i64>(-5) == Some(-5));
}
