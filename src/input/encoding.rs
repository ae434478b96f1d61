//! Decides a CSV file's text encoding and decodes it as a stream, refusing
//! malformed bytes instead of producing mojibake: Chinese Excel and WPS save
//! CSV as GBK (GB18030), DingTalk as UTF-8 with a BOM.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use encoding_rs::{Decoder, DecoderResult, Encoding, GB18030, UTF_8};

/// A decoding failure, carried inside `io::Error` so it survives the csv reader.
#[derive(Debug, Clone)]
pub(crate) struct Malformed {
    pub(crate) encoding: &'static str,
    pub(crate) offset: u64,
}

crate::i18n::said_by_text!(Malformed);

impl std::error::Error for Malformed {}

impl Malformed {
    /// Where decoding failed, in both languages.
    pub(crate) fn text(&self) -> crate::i18n::Text {
        crate::i18n::input::bytes_not_valid(self.offset, self.encoding)
    }
}

/// The encoding of a file: a BOM decides; otherwise zero bytes at every
/// other position mark UTF-16 saved without one (digits, commas and line
/// breaks are half zeros there, and no UTF-8 or GBK text holds zeros);
/// otherwise UTF-8 if every byte is valid UTF-8; otherwise GB18030, a
/// superset of GBK.
pub(crate) fn detect(path: &Path) -> io::Result<&'static Encoding> {
    let mut file = File::open(path)?;
    let mut head = [0u8; 4096];
    let mut filled = 0;
    while filled < head.len() {
        let n = file.read(&mut head[filled..])?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    if let Some((enc, _)) = Encoding::for_bom(&head[..filled]) {
        return Ok(enc);
    }
    if let Some(enc) = utf16_without_bom(&head[..filled]) {
        return Ok(enc);
    }
    // Validation streams too: a large CSV is never held whole.
    let mut check = Decoding::new(BufReader::new(File::open(path)?), UTF_8);
    match io::copy(&mut check, &mut io::sink()) {
        Ok(_) => Ok(UTF_8),
        Err(e) if e.get_ref().is_some_and(|inner| inner.is::<Malformed>()) => Ok(GB18030),
        Err(e) => Err(e),
    }
}

/// UTF-16 by where its zero bytes fall: text in UTF-16 little-endian has
/// the zero high byte of every ASCII character at odd offsets, big-endian at
/// even ones. A binary file has zeros at both.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in head.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    // A fifth of the byte pairs holding an ASCII character is far below
    // what a CSV has (every separator, digit and line break is one).
    let pairs = head.len() / 2;
    let enough = |n: usize| n > 0 && n * 5 >= pairs;
    if enough(odd) && even * 20 <= odd {
        Some(encoding_rs::UTF_16LE)
    } else if enough(even) && odd * 20 <= even {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// A reader that yields UTF-8 decoded from `encoding`, removing a BOM, and
/// fails with [`Malformed`] at the first invalid byte sequence.
pub(crate) struct Decoding<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    start: usize,
    end: usize,
    consumed: u64,
    output: Vec<u8>,
    out_start: usize,
    out_end: usize,
    eof: bool,
    done: bool,
}

const CHUNK: usize = 16 * 1024;

impl<R: Read> Decoding<R> {
    pub(crate) fn new(inner: R, encoding: &'static Encoding) -> Self {
        Decoding {
            inner,
            decoder: encoding.new_decoder_with_bom_removal(),
            input: vec![0; CHUNK],
            start: 0,
            end: 0,
            consumed: 0,
            output: vec![0; CHUNK * 3],
            out_start: 0,
            out_end: 0,
            eof: false,
            done: false,
        }
    }

    /// Decodes more input into the output buffer; false at the end.
    fn fill_output(&mut self) -> io::Result<bool> {
        while !self.done {
            if self.start == self.end && !self.eof {
                let n = self.inner.read(&mut self.input)?;
                self.start = 0;
                self.end = n;
                self.eof = n == 0;
            }
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.input[self.start..self.end],
                &mut self.output,
                self.eof,
            );
            self.start += read;
            self.consumed += read as u64;
            self.out_start = 0;
            self.out_end = written;
            match result {
                DecoderResult::InputEmpty => {
                    if self.eof {
                        self.done = true;
                    }
                }
                DecoderResult::OutputFull => {}
                DecoderResult::Malformed(len, after) => {
                    let offset = self
                        .consumed
                        .saturating_sub(u64::from(len) + u64::from(after));
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        Malformed {
                            encoding: self.decoder.encoding().name(),
                            offset,
                        },
                    ));
                }
            }
            if written > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_start == self.out_end && !self.fill_output()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out_end - self.out_start);
        buf[..n].copy_from_slice(&self.output[self.out_start..self.out_start + n]);
        self.out_start += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], enc: &'static Encoding) -> io::Result<String> {
        let mut s = String::new();
        Decoding::new(bytes, enc).read_to_string(&mut s)?;
        Ok(s)
    }

    #[test]
    fn gbk_bytes_decode_to_chinese() {
        let (bytes, _, _) = encoding_rs::GBK.encode("姓名,状态\n欧阳娜,迟到\n");
        assert_eq!(decode(&bytes, GB18030).unwrap(), "姓名,状态\n欧阳娜,迟到\n");
    }

    #[test]
    fn bom_is_removed() {
        assert_eq!(decode(b"\xEF\xBB\xBFa,b", UTF_8).unwrap(), "a,b");
        assert_eq!(decode(b"a,b\n", UTF_8).unwrap(), "a,b\n");
        assert_eq!(decode(b"", UTF_8).unwrap(), "");
    }

    #[test]
    fn malformed_bytes_fail_with_their_offset() {
        let err = decode(b"ab\xFF\xFFcd", GB18030).unwrap_err();
        let m = err
            .get_ref()
            .and_then(|e| e.downcast_ref::<Malformed>())
            .unwrap();
        assert_eq!(m.offset, 2);
        assert!(decode(b"ab\xC3", UTF_8).is_err());
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_by_its_zero_bytes() {
        let text = "工号\t姓名\t日期\r\n0012\t欧阳娜\t2022/3/1\r\n";
        assert_eq!(
            utf16_without_bom(&utf16(text, false)),
            Some(encoding_rs::UTF_16LE)
        );
        assert_eq!(
            utf16_without_bom(&utf16(text, true)),
            Some(encoding_rs::UTF_16BE)
        );
        assert_eq!(utf16_without_bom(text.as_bytes()), None);
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(utf16_without_bom(&gbk), None);
        // A zip (a workbook renamed .csv) has zeros at both offsets.
        assert_eq!(
            utf16_without_bom(b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00"),
            None
        );
        assert_eq!(
            decode(&utf16(text, false), encoding_rs::UTF_16LE).unwrap(),
            text
        );
    }

    #[test]
    fn long_input_crosses_chunk_boundaries() {
        let text = "欧阳娜,迟到\n".repeat(10_000);
        let (bytes, _, _) = encoding_rs::GBK.encode(&text);
        assert_eq!(decode(&bytes, GB18030).unwrap(), text);
        assert_eq!(decode(text.as_bytes(), UTF_8).unwrap(), text);
    }
}
