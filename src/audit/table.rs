//! Plain-text tables for the terminal whose columns line up with Chinese
//! text: a CJK character takes two columns in a terminal, so widths are
//! counted in display columns, not characters.

use crate::show::width;

/// Lays out rows under a header; numeric-looking cells are right-aligned.
pub(crate) fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (c, cell) in row.iter().enumerate().take(columns) {
            widths[c] = widths[c].max(width(cell));
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (c, cell) in cells.iter().enumerate() {
            let pad = widths[c].saturating_sub(width(cell));
            let numeric = cell
                .starts_with(['+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                && cell
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || ".+-".contains(ch));
            if c > 0 {
                out.push_str("  ");
            }
            if numeric {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            }
        }
        out.trim_end().to_string()
    };
    let mut out = line(header.to_vec());
    out.push('\n');
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_double() {
        assert_eq!(width("张三"), 4);
        assert_eq!(width("T01"), 3);
        let t = render(&["工号", "总分"], &[vec!["T1".into(), "9.50".into()]]);
        assert_eq!(t, "工号  总分\nT1    9.50\n");
    }
}
