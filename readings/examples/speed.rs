//! `cargo run --release -p changyue-readings --example speed`: how long reading takes, on the
//! seed article's texts read 200 times over (the figure a site's build pays for each article's
//! 拼音), beside the cut into words alone.

use std::time::Instant;

fn main() {
    let fixture = include_str!("../tests/seed-article.tsv");
    let texts: Vec<&str> =
        fixture.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()).collect();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum::<usize>() * 200;
    let started = Instant::now();
    let reader = changyue_readings::Reader::default();
    println!("datasets loaded and learned from: {:.2} s", started.elapsed().as_secs_f64());
    let jieba = jieba_rs::Jieba::new();
    let started = Instant::now();
    let words: usize = (0..200).flat_map(|_| &texts).map(|t| jieba.cut(t, false).len()).sum();
    let cut = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let read: usize = (0..200).flat_map(|_| &texts).map(|t| reader.read(t).len()).sum();
    let reading = started.elapsed().as_secs_f64();
    println!("{chars} characters ({words} words, {read} readings)");
    println!("cut into words only (jieba): {:.3} µs a character", cut * 1e6 / chars as f64);
    println!("read (cut, phrases, polyphones, 一/不): {:.3} µs a character", reading * 1e6 / chars as f64);
}
