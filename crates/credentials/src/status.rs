//! Revocation as a Bitstring Status List (W3C Bitstring Status List v1.0): one bit per
//! certificate, set when it is revoked, GZIP-compressed and multibase base64url-encoded into
//! the list credential's `encodedList`. Bit 0 is the most significant bit of the first byte.

use std::io::{Read, Write};

use base64::Engine;

use crate::{Error, Result};

/// The smallest list the specification allows (16 KB of bits), so that a certificate's
/// position says little about how many exist.
pub const MIN_BITS: usize = 131_072;

/// `encodedList` for a list of at least `MIN_BITS` bits with `revoked` set.
pub fn encode(revoked: &[u64], bits: usize) -> Result<String> {
    let needed = revoked.iter().map(|i| *i as usize + 1).max().unwrap_or(0);
    let bits = bits.max(needed).max(MIN_BITS).div_ceil(8) * 8;
    let mut bytes = vec![0u8; bits / 8];
    for &index in revoked {
        let index = index as usize;
        bytes[index / 8] |= 0x80 >> (index % 8);
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    let zipped = gz.finish().map_err(|e| Error::Invalid(e.to_string()))?;
    Ok(format!(
        "u{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(zipped)
    ))
}

/// Whether bit `index` is set in an `encodedList`.
pub fn is_set(encoded: &str, index: u64) -> Result<bool> {
    let bytes = decode(encoded)?;
    let byte = bytes
        .get(index as usize / 8)
        .ok_or_else(|| Error::Invalid("status list: index beyond the list".into()))?;
    Ok(byte & (0x80 >> (index % 8)) != 0)
}

/// Every set bit of an `encodedList`.
pub fn set_bits(encoded: &str) -> Result<Vec<u64>> {
    let bytes = decode(encoded)?;
    Ok((0..bytes.len() as u64 * 8)
        .filter(|i| bytes[*i as usize / 8] & (0x80 >> (i % 8)) != 0)
        .collect())
}

fn decode(encoded: &str) -> Result<Vec<u8>> {
    let bad = |why: &str| Error::Invalid(format!("status list: {why}"));
    let zipped = encoded
        .strip_prefix('u')
        .and_then(|b| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(b)
                .ok()
        })
        .ok_or_else(|| bad("not multibase base64url"))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(zipped.as_slice())
        .read_to_end(&mut bytes)
        .map_err(|_| bad("not GZIP"))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revoked_bits_are_set_and_others_clear() {
        let list = encode(&[0, 7, 9, 131_071], 10).unwrap();
        assert!(list.starts_with('u'));
        assert!(list.len() < 400, "a mostly empty list compresses to little");
        for i in [0, 7, 9, 131_071] {
            assert!(is_set(&list, i).unwrap(), "bit {i}");
        }
        for i in [1, 6, 8, 10, 131_070] {
            assert!(!is_set(&list, i).unwrap(), "bit {i}");
        }
        assert!(is_set(&list, 131_072).is_err());
        assert_eq!(set_bits(&list).unwrap(), vec![0, 7, 9, 131_071]);
        // Bit 0 is the high bit of the first byte: the specification's order.
        let zipped = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&encode(&[0], 0).unwrap()[1..])
            .unwrap();
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(zipped.as_slice())
            .read_to_end(&mut bytes)
            .unwrap();
        assert_eq!(bytes[0], 0x80);
        assert_eq!(bytes.len(), MIN_BITS / 8);
    }
}
