// A small inventory: a generic fixed-size Table<K, V> keyed by anything PartialEq, a trait
// for priced items with a default method, Result-based errors and Option lookups.
#[derive(Debug, Clone, Copy, PartialEq)]
enum InvError {
    Full,
    Unknown(u32),
    NotEnough { have: u32, want: u32 },
}

trait Priced {
    fn unit_cents(&self) -> u32;
    fn cost(&self, qty: u32) -> u32 {
        self.unit_cents() * qty
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    sku: u32,
    cents: u32,
    bulk: bool,
}

impl Priced for Item {
    fn unit_cents(&self) -> u32 {
        self.cents
    }
    fn cost(&self, qty: u32) -> u32 {
        let full = self.cents * qty;
        if self.bulk && qty >= 10 { full - full / 10 } else { full }
    }
}

struct Table<K, V> {
    keys: [Option<K>; 4],
    values: [Option<V>; 4],
}

impl<K: PartialEq + Copy, V: Copy> Table<K, V> {
    fn new() -> Self {
        Table { keys: [None; 4], values: [None; 4] }
    }

    fn slot(&self, k: K) -> Option<usize> {
        for i in 0..4 {
            if self.keys[i] == Some(k) {
                return Some(i);
            }
        }
        None
    }

    fn insert(&mut self, k: K, v: V) -> Result<(), InvError> {
        let at = match self.slot(k) {
            Some(i) => i,
            None => {
                let mut free = None;
                for i in 0..4 {
                    if self.keys[i].is_none() && free.is_none() {
                        free = Some(i);
                    }
                }
                match free {
                    Some(i) => i,
                    None => return Err(InvError::Full),
                }
            }
        };
        self.keys[at] = Some(k);
        self.values[at] = Some(v);
        Ok(())
    }

    fn get(&self, k: K) -> Option<V> {
        match self.slot(k) {
            Some(i) => self.values[i],
            None => None,
        }
    }
}

struct Store {
    items: Table<u32, Item>,
    stock: Table<u32, u32>,
}

impl Store {
    fn buy(&mut self, sku: u32, qty: u32) -> Result<u32, InvError> {
        let item = match self.items.get(sku) {
            Some(it) => it,
            None => return Err(InvError::Unknown(sku)),
        };
        let have = self.stock.get(sku).unwrap_or(0);
        if have < qty {
            return Err(InvError::NotEnough { have, want: qty });
        }
        self.stock.insert(sku, have - qty).expect("sku already present");
        Ok(item.cost(qty))
    }
}

fn main() {
    let mut store = Store { items: Table::new(), stock: Table::new() };
    let catalog = [
        Item { sku: 100, cents: 250, bulk: true },
        Item { sku: 200, cents: 1999, bulk: false },
        Item { sku: 300, cents: 5, bulk: true },
    ];
    for i in 0..catalog.len() {
        store.items.insert(catalog[i].sku, catalog[i]).unwrap();
        store.stock.insert(catalog[i].sku, 20).unwrap();
    }
    let orders = [(100, 12), (200, 1), (300, 25), (400, 1), (100, 9), (100, 1)];
    let mut revenue = 0;
    for i in 0..orders.len() {
        let (sku, qty) = orders[i];
        match store.buy(sku, qty) {
            Ok(c) => {
                revenue += c;
                println!("sold {} x{} for {}", sku, qty, c);
            }
            Err(e) => println!("order {} x{} failed: {:?}", sku, qty, e),
        }
    }
    println!("revenue {}", revenue);
    println!("{:?}", store.stock.get(100));
    let mut small: Table<char, bool> = Table::new();
    let cs = ['a', 'b', 'c', 'd', 'e'];
    for i in 0..cs.len() {
        let c = cs[i];
        println!("{} {:?}", c, small.insert(c, c > 'b'));
    }
    println!("{:?} {:?}", small.get('c'), small.get('e'));
    println!("{}", catalog[1].unit_cents() + catalog[0].cost(2));
}
