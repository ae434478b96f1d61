//! Standard output for every command. A reader that stops early
//! (`kaohe score … --json | head -1`) closes the pipe; what is left to print
//! is then dropped quietly and the command ends as it would have — no panic,
//! no error for a pipe nobody reads any more.

use std::io::{self, Write as _};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once stdout's reader is gone: nothing more is written.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stdout as it is.
///
/// # Errors
/// Any write error but a closed pipe (a full disk behind `> file`).
pub fn print(text: &str) -> io::Result<()> {
    write(&[text.as_bytes()])
}

/// Writes `text` and a newline to stdout.
///
/// # Errors
/// As [`print`].
pub fn println(text: &str) -> io::Result<()> {
    write(&[text.as_bytes(), b"\n"])
}

/// Writes bytes made elsewhere (a man page, a completion script).
///
/// # Errors
/// As [`print`].
pub fn bytes(data: &[u8]) -> io::Result<()> {
    write(&[data])
}

fn write(parts: &[&[u8]]) -> io::Result<()> {
    if CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut out = io::stdout().lock();
    let written = parts
        .iter()
        .try_for_each(|p| out.write_all(p))
        .and_then(|()| out.flush());
    quiet_when_closed(written)
}

/// A closed pipe is the reader's choice, not a failure: remembered, and Ok.
fn quiet_when_closed(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_quiet_and_other_errors_are_not() {
        let closed = io::Error::from(io::ErrorKind::BrokenPipe);
        assert!(quiet_when_closed(Err(closed)).is_ok());
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert!(quiet_when_closed(Err(full)).is_err());
    }
}
