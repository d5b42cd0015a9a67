// Recursive types through Box: a cons list, a binary tree built, walked, mutated and dropped
// (the drops print, depth first, in rustc's order), and Option<Box<Node>> chains.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn build(n: i32) -> List {
    let mut l = List::Nil;
    for i in 0..n {
        l = List::Cons(i, Box::new(l));
    }
    l
}

struct Tree {
    value: i64,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

impl Tree {
    fn leaf(value: i64) -> Tree {
        Tree { value, left: None, right: None }
    }

    fn insert(&mut self, v: i64) {
        let slot = if v < self.value { &mut self.left } else { &mut self.right };
        match slot {
            Some(child) => child.insert(v),
            None => *slot = Some(Box::new(Tree::leaf(v))),
        }
    }

    fn total(&self) -> i64 {
        let l = match &self.left {
            Some(t) => t.total(),
            None => 0,
        };
        let r = match &self.right {
            Some(t) => t.total(),
            None => 0,
        };
        self.value + l + r
    }

    fn depth(&self) -> u32 {
        let l = if let Some(t) = &self.left { t.depth() } else { 0 };
        let r = if let Some(t) = &self.right { t.depth() } else { 0 };
        1 + if l > r { l } else { r }
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        print!("{} ", self.value);
    }
}

struct Node {
    id: u32,
    next: Option<Box<Node>>,
}

fn length(mut n: &Node) -> u32 {
    let mut count = 1;
    while let Some(next) = &n.next {
        n = next;
        count += 1;
    }
    count
}

fn main() {
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))));
    println!("{}", sum(&l));
    println!("{}", sum(&build(100)));
    let mut t = Tree::leaf(50);
    let values = [30, 70, 20, 40, 60, 80, 35, 65];
    for i in 0..values.len() {
        t.insert(values[i]);
    }
    println!("total {} depth {}", t.total(), t.depth());
    let mut head = Node { id: 0, next: None };
    for id in 1..5 {
        head = Node { id, next: Some(Box::new(head)) };
    }
    println!("head {} length {}", head.id, length(&head));
    if let Some(second) = head.next.take_box() {
        println!("second {}", second.id);
    }
    drop(t);
    println!();
}

trait TakeBox {
    fn take_box(&mut self) -> Option<Box<Node>>;
}

impl TakeBox for Option<Box<Node>> {
    fn take_box(&mut self) -> Option<Box<Node>> {
        std::mem::replace(self, None)
    }
}
