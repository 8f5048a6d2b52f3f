//! QR codes for the 两微一端 channels, made here from each channel's url: there are no
//! QR image files to fetch, and a changed url changes its code at once.

mod base64;

use crate::validate::SafeUrl;

/// A QR code's modules (without the quiet zone), dark or light.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    dark: Vec<bool>,
}

impl QrCode {
    /// The light border every reader needs around the code, in modules (the standard's figure).
    pub const QUIET_ZONE: usize = 4;
    /// Image pixels per module: about 250 px for a typical url, so the enlarged view
    /// (at least 240 CSS px) shows the image at its own size or larger.
    pub const PNG_SCALE: usize = 6;

    /// Only an absolute http(s) url gets a code: a phone's camera cannot open anything else.
    /// Error correction is at least M (15% of the code may be damaged or dirty).
    pub fn for_url(url: &SafeUrl) -> Option<QrCode> {
        if !url.is_absolute() {
            return None;
        }
        let code = qrcodegen::QrCode::encode_text(url.as_str(), qrcodegen::QrCodeEcc::Medium).ok()?;
        let size = usize::try_from(code.size()).ok()?;
        let dark = (0..size * size).map(|i| code.get_module((i % size) as i32, (i / size) as i32)).collect();
        Some(QrCode { size, dark })
    }

    /// Modules per side, without the quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at (x, y) is dark, counting the quiet zone in: (0, 0) is its corner.
    pub fn is_dark_with_border(&self, x: usize, y: usize) -> bool {
        let q = Self::QUIET_ZONE;
        x >= q && y >= q && x - q < self.size && y - q < self.size && self.dark[(y - q) * self.size + x - q]
    }

    /// Modules per side, quiet zone included.
    pub fn size_with_border(&self) -> usize {
        self.size + 2 * Self::QUIET_ZONE
    }

    /// A black-on-white PNG, quiet zone included, `PNG_SCALE` pixels a module: a real
    /// image, so that long-press "识别图中二维码" and saving work in phone browsers.
    pub fn to_png(&self) -> Vec<u8> {
        let side = self.size_with_border() * Self::PNG_SCALE;
        crate::png::encode_black_and_white(side, side, |x, y| {
            self.is_dark_with_border(x / Self::PNG_SCALE, y / Self::PNG_SCALE)
        })
    }

    /// The PNG as a `data:` URL for an `<img>`.
    pub fn to_png_data_url(&self) -> String {
        format!("data:image/png;base64,{}", base64::encode(&self.to_png()))
    }
}

#[cfg(test)]
mod tests;
