//! Prints the settings script that every page carries in its `<head>` (core's `startup`). The
//! build puts it there; it needs only this crate, so the build never compiles the app natively
//! for it.

fn main() {
    print!("{}", changyue_core::startup::settings_script());
}
