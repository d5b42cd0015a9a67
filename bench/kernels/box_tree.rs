// Issue 10: a `Box`-linked binary tree (the "binary-trees" benchmark): complete trees of depth 4
// to 20 built, walked recursively to count their nodes and sum their values, and dropped. Every
// node is one allocation and one free.
struct Node {
    value: i64,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn build(depth: u32, value: i64) -> Option<Box<Node>> {
    if depth == 0 {
        return None;
    }
    Some(Box::new(Node { value: value, left: build(depth - 1, 2 * value), right: build(depth - 1, 2 * value + 1) }))
}

// (nodes, sum of values)
fn walk(tree: &Option<Box<Node>>) -> (i64, i64) {
    match tree {
        None => (0, 0),
        Some(node) => {
            let (ln, ls) = walk(&node.left);
            let (rn, rs) = walk(&node.right);
            (ln + rn + 1, ls + rs + node.value)
        }
    }
}

fn main() {
    let mut nodes = 0;
    let mut sum = 0;
    let mut depth = 4;
    while depth <= 20 {
        let mut rounds = 1 << ((20 - depth) / 2);
        while rounds > 0 {
            let tree = build(depth, 1);
            let (n, s) = walk(&tree);
            nodes += n;
            sum = (sum + s) % 1_000_000_007;
            rounds -= 1;
        }
        depth += 2;
    }
    println!("box_tree {} nodes, checksum {}", nodes, sum);
}
