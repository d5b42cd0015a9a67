// Issue 8: `{:?}` of a type that refers to itself through a reference made the code generator
// expand Debug forever (the compiler hung). Debug is now one shim item per type, `<Node as Debug>::fmt`,
// which calls `<Option<&Node> as Debug>::fmt`, which calls `<&Node as Debug>::fmt`, which calls the first.
#[derive(Debug)]
struct Node<'a> { value: i32, next: Option<&'a Node<'a>> }
#[derive(Debug, Clone, PartialEq)]
enum Tree { Leaf(i32), Pair { left: (i32, char), right: [u8; 3] }, Empty }
fn main() {
    let a = Node { value: 1, next: None };
    let b = Node { value: 2, next: Some(&a) };
    println!("{:?}", b);
    println!("{:#?}", b);
    let t = [Tree::Leaf(3), Tree::Pair { left: (1, 'x'), right: [1, 2, 3] }, Tree::Empty];
    println!("{:?}", t);
    println!("{:#?}", t);
    println!("{:5?}", (1, "s\n", 2.5));
    println!("{:?} {:?}", &&t[0], ((),));
}
