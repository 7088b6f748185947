// The migrations are compiled into the crate (`sqlx::migrate!`): a new or changed file there
// must rebuild it.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
