//! Prints the start-up script that puts a reader's stored settings on the page before its first
//! paint (`settings/boot.rs`). The build's post-build hook writes it beside the app; it needs
//! only this crate, so the hook never compiles the app natively.

fn main() {
    print!("{}", changyue_core::boot_script());
}
