//! Helpers shared by the integration tests: running the real binary and
//! reading its workbooks back.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{open_workbook, Data, Reader, Xlsx};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `kaohe` binary, run from the repository root.
pub fn kaohe() -> Command {
    let mut cmd = Command::cargo_bin("kaohe").unwrap();
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LANG");
    cmd
}

/// Runs `cmd`, failing the test with what it said on stderr unless it
/// succeeds; its output.
pub fn succeeds(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A sheet read back as rows of display strings.
pub fn sheet(path: &Path, name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect()
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        Data::Bool(b) => format!("{b}"),
        other => other.to_string(),
    }
}

/// The 汇总 sheet as a table: its two header rows (categories over items)
/// folded into one, keyed by the teacher's 工号.
pub struct Summary {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Summary {
    pub fn read(path: &Path) -> Summary {
        let rows = sheet(path, "汇总");
        let at = rows
            .iter()
            .position(|r| r.iter().any(|c| c == "工号"))
            .expect("汇总 has a header row with 工号");
        let header = rows[at]
            .iter()
            .zip(&rows[at + 1])
            .map(|(upper, lower)| {
                if lower.is_empty() {
                    upper.clone()
                } else {
                    lower.clone()
                }
            })
            .collect();
        Summary {
            header,
            rows: rows[at + 2..].to_vec(),
        }
    }

    /// The cell of teacher `key` under the column named `column` (an item's
    /// column is `名称 (满分)`; the first match wins, so items come before
    /// their category's subtotal).
    pub fn get(&self, key: &str, column: &str) -> String {
        let k = self.col("工号");
        let c = self.col(column);
        let row = self
            .rows
            .iter()
            .find(|r| r[k] == key)
            .unwrap_or_else(|| panic!("no teacher {key} in 汇总"));
        row[c].clone()
    }

    pub fn col(&self, column: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == column || h.starts_with(&format!("{column} (")))
            .unwrap_or_else(|| panic!("no column {column} in {:?}", self.header))
    }
}
