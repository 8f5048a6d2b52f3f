//! The smallest correct PNG writer for a two-colour picture: 1 bit a pixel, grey (the QR codes)
//! or from a palette of two (the app's icons), the image data in uncompressed ("stored") deflate
//! blocks. No crate, no compression code in the wasm; a QR code image is a few kilobytes this way.

/// `dark(x, y)` says whether a pixel is black.
pub fn encode_black_and_white(width: usize, height: usize, dark: impl Fn(usize, usize) -> bool) -> Vec<u8> {
    // In 1-bit grey, 1 is white.
    encode_1bit(width, height, None, |x, y| !dark(x, y))
}

/// `second(x, y)` says whether a pixel has the second colour of `palette` (RGB) rather than the first.
pub fn encode_two_colours(
    width: usize,
    height: usize,
    palette: [[u8; 3]; 2],
    second: impl Fn(usize, usize) -> bool,
) -> Vec<u8> {
    encode_1bit(width, height, Some(palette.concat()), second)
}

/// `one(x, y)`: the pixel's bit. With a palette the image is indexed colour, else grey.
fn encode_1bit(
    width: usize,
    height: usize,
    palette: Option<Vec<u8>>,
    one: impl Fn(usize, usize) -> bool,
) -> Vec<u8> {
    let row_bytes = width.div_ceil(8);
    let mut raw = Vec::with_capacity(height * (row_bytes + 1));
    for y in 0..height {
        raw.push(0); // filter type: none
        for byte in 0..row_bytes {
            let mut bits = 0u8;
            for bit in 0..8 {
                let x = byte * 8 + bit;
                if x < width && one(x, y) {
                    bits |= 0x80 >> bit;
                }
            }
            raw.push(bits);
        }
    }
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&(width as u32).to_be_bytes());
    header.extend_from_slice(&(height as u32).to_be_bytes());
    // Bit depth 1; colour type grey (0) or indexed (3); deflate, adaptive filter, no interlace.
    let colour_type = if palette.is_some() { 3 } else { 0 };
    header.extend_from_slice(&[1, colour_type, 0, 0, 0]);

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    if let Some(palette) = palette {
        chunk(&mut png, b"PLTE", &palette);
    }
    chunk(&mut png, b"IDAT", &zlib_stored(&raw));
    chunk(&mut png, b"IEND", &[]);
    png
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

/// A zlib stream of stored deflate blocks (each at most 65,535 bytes).
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let mut blocks = data.chunks(65_535).peekable();
    if blocks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        out.push(u8::from(blocks.peek().is_none()));
        let len = block.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in bytes {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_known_values() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    }

    #[test]
    fn a_decoder_reads_back_every_pixel() {
        // 13 wide: rows end in a partly used byte. A diagonal pattern catches bit order.
        let (w, h) = (13, 5);
        let dark = |x: usize, y: usize| (x + y).is_multiple_of(3);
        let bytes = encode_black_and_white(w, h, dark);
        let mut reader = ::png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), (13, 5));
        assert_eq!((info.bit_depth, info.color_type), (::png::BitDepth::One, ::png::ColorType::Grayscale));
        for y in 0..h {
            for x in 0..w {
                let bit = buf[y * info.line_size + x / 8] >> (7 - x % 8) & 1;
                assert_eq!(bit == 0, dark(x, y), "pixel ({x}, {y})");
            }
        }
    }

    #[test]
    fn a_two_colour_picture_reads_back_in_its_colours() {
        let (w, h) = (11, 4);
        let second = |x: usize, y: usize| x > y;
        let bytes = encode_two_colours(w, h, [[0x8f, 0x15, 0x15], [0xff, 0xff, 0xff]], second);
        let mut decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(::png::Transformations::EXPAND);
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height, info.color_type), (11, 4, ::png::ColorType::Rgb));
        for y in 0..h {
            for x in 0..w {
                let pixel = &buf[y * info.line_size + x * 3..][..3];
                let want: &[u8] = if second(x, y) { &[0xff, 0xff, 0xff] } else { &[0x8f, 0x15, 0x15] };
                assert_eq!(pixel, want, "pixel ({x}, {y})");
            }
        }
    }

    #[test]
    fn data_past_one_stored_block_is_split() {
        let stream = zlib_stored(&vec![7u8; 70_000]);
        // header 2 + two block headers of 5 + data + adler 4
        assert_eq!(stream.len(), 2 + 5 + 5 + 70_000 + 4);
        assert_eq!(stream[2], 0, "the first block is not the last");
        assert_eq!(stream[2 + 5 + 65_535], 1, "the second block is the last");
    }
}
