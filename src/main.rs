fn main() {
    changyue::start();
}
