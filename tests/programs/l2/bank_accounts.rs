// Structs, an enum of outcomes with data, methods that update through &mut self, and a report.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Outcome {
    Ok { balance: i64 },
    Insufficient(i64),
    Frozen,
}

#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
    frozen: bool,
}

impl Account {
    fn open(id: u32, deposit: i64) -> Self {
        Self { id, balance: deposit, frozen: false }
    }

    fn withdraw(&mut self, amount: i64) -> Outcome {
        if self.frozen {
            return Outcome::Frozen;
        }
        if amount > self.balance {
            return Outcome::Insufficient(amount - self.balance);
        }
        self.balance -= amount;
        Outcome::Ok { balance: self.balance }
    }

    fn transfer(&mut self, to: &mut Account, amount: i64) -> Outcome {
        let out = self.withdraw(amount);
        if let Outcome::Ok { .. } = out {
            to.balance += amount;
        }
        out
    }
}

fn main() {
    let mut a = Account::open(1, 100);
    let mut b = Account::open(2, 5);
    println!("{:?}", a.withdraw(30));
    println!("{:?}", a.withdraw(100));
    println!("{:?}", a.transfer(&mut b, 50));
    b.frozen = true;
    println!("{:?}", b.transfer(&mut a, 1));
    println!("{:?}", a);
    println!("{:#?}", b);
    println!("{}", a.withdraw(20) == Outcome::Ok { balance: 0 });
    println!("{} {}", a.id + b.id, a.balance + b.balance);
}
