//! A sheet laid out for the page once it is written: the list sheets (否决,
//! 绩效工资, 申诉, 数据问题) and the sheets of sections (规则, 运行信息, the
//! tables of 统计) note each value as they write it, and [`Fit::finish`]
//! sizes the columns as the audit workbooks do: each as wide as its widest
//! text until together they pass the page's budget, then the long text
//! columns share what the others leave and wrap, every row as tall as its
//! most wrapped text (Excel does not grow a row for wrapped text in a file
//! it did not write itself). The values are written at the end, when it is
//! known which columns wrap: a sheet small enough to hold in memory, never
//! 明细.

use rust_xlsxwriter::{ColNum, Format, FormatAlign, RowNum, Worksheet, XlsxError};

use super::sheet::col;
use super::style::{self, fit_columns, lines_of, LINE_POINTS};

/// A header wraps inside its cell past this width rather than widen the
/// column.
const HEADER_UNITS: usize = 10;

/// A cell held until the columns are sized.
enum Value {
    Text(String),
    Number(f64),
}

struct Cell {
    at: (RowNum, ColNum),
    value: Value,
    format: Format,
    /// Its width in character units, as shown.
    width: usize,
    /// It wraps in its column when the column wraps (a text of the table,
    /// not a section title that runs over the empty cells beside it).
    wraps: bool,
}

/// The cells of a sheet, noted as it is written.
pub(super) struct Fit {
    budget: usize,
    wants: Vec<usize>,
    cells: Vec<Cell>,
    /// Header rows: each as tall as its most wrapped header.
    headers: Vec<(RowNum, Vec<(ColNum, usize)>)>,
}

impl Fit {
    /// A sheet whose columns together may be `budget` units wide.
    pub fn new(budget: usize) -> Self {
        Fit {
            budget,
            wants: Vec::new(),
            cells: Vec::new(),
            headers: Vec::new(),
        }
    }

    fn want(&mut self, c: ColNum, units: usize) {
        let c = usize::from(c);
        if self.wants.len() <= c {
            self.wants.resize(c + 1, 0);
        }
        self.wants[c] = self.wants[c].max(units);
    }

    /// A header row of `titles` at `r`, from column 0.
    pub fn header(
        &mut self,
        sheet: &mut Worksheet,
        r: RowNum,
        titles: &[&str],
    ) -> Result<(), XlsxError> {
        let format = style::header();
        let mut widths = Vec::new();
        for (i, title) in titles.iter().enumerate() {
            let c = col(i)?;
            sheet.write_string_with_format(r, c, *title, &format)?;
            let w = crate::show::width(title);
            self.want(c, w.min(HEADER_UNITS) + 2);
            widths.push((c, w));
        }
        self.headers.push((r, widths));
        Ok(())
    }

    /// A text of the table, in `format`; it wraps if its column does.
    pub fn text(&mut self, r: RowNum, c: ColNum, text: &str, format: &Format) {
        let width = crate::show::width(text);
        self.want(c, width + 2);
        self.cells.push(Cell {
            at: (r, c),
            value: Value::Text(text.to_string()),
            format: format.clone(),
            width,
            wraps: true,
        });
    }

    /// A row of texts from the first column on, in `format`.
    pub fn texts(&mut self, r: RowNum, texts: &[&str], format: &Format) {
        for (c, text) in (0..).zip(texts) {
            self.text(r, c, text, format);
        }
    }

    /// A text that runs over the empty cells beside it (a section title,
    /// a label of facts): it neither widens nor wraps its column.
    pub fn over(&mut self, r: RowNum, c: ColNum, text: &str, format: &Format) {
        self.cells.push(Cell {
            at: (r, c),
            value: Value::Text(text.to_string()),
            format: format.clone(),
            width: 0,
            wraps: false,
        });
    }

    /// A section's title at `r`: a line in the section style, over the
    /// cells beside it.
    pub fn title(&mut self, r: RowNum, title: &str) {
        self.over(r, 0, title, &style::section());
    }

    /// A titled part of the sheet: its title at `r` and its header row
    /// below it; returns the header row.
    pub fn section(
        &mut self,
        sheet: &mut Worksheet,
        r: RowNum,
        title: &str,
        titles: &[&str],
    ) -> Result<RowNum, XlsxError> {
        self.title(r, title);
        self.header(sheet, r + 1, titles)?;
        Ok(r + 1)
    }

    /// A number in `format`, shown as `shown` (which sizes its column).
    pub fn number(&mut self, r: RowNum, c: ColNum, value: f64, shown: &str, format: &Format) {
        let width = crate::show::width(shown);
        self.want(c, width + 2);
        self.cells.push(Cell {
            at: (r, c),
            value: Value::Number(value),
            format: format.clone(),
            width,
            wraps: false,
        });
    }

    /// Where a record stands in its export: its row number, or the cell of
    /// a record that is one cell of its row (a day of a 月度汇总), so the
    /// day can be found in the export.
    pub fn origin(
        &mut self,
        r: RowNum,
        c: ColNum,
        origin: &crate::provenance::Provenance,
        text: &Format,
        integer: &Format,
    ) {
        match origin.col {
            Some(_) => self.text(r, c, &origin.place(), text),
            None => self.number(
                r,
                c,
                f64::from(origin.row),
                &origin.row.to_string(),
                integer,
            ),
        }
    }

    /// Notes that a column shows `shown`, written by the sheet itself (a
    /// formula).
    pub fn note(&mut self, c: ColNum, shown: &str) {
        self.want(c, crate::show::width(shown) + 2);
    }

    /// Sizes the columns, writes the cells and sets the rows' heights;
    /// returns how wide the columns are together, in character units.
    pub fn finish(self, sheet: &mut Worksheet) -> Result<usize, XlsxError> {
        let wants: Vec<usize> = self.wants.iter().map(|&w| w.max(6)).collect();
        let cols = fit_columns(&wants, self.budget);
        let units = |c: ColNum| cols.get(usize::from(c)).map_or(8, |&(u, _)| u);
        let wraps = |c: ColNum| cols.get(usize::from(c)).is_some_and(|&(_, w)| w);
        let any_wraps = cols.iter().any(|&(_, w)| w);
        let mut rows: std::collections::BTreeMap<RowNum, usize> = Default::default();
        for cell in self.cells {
            let (r, c) = cell.at;
            let mut format = cell.format;
            if any_wraps {
                // In a row taller than a line, every cell starts at its top.
                format = format.set_align(FormatAlign::Top);
            }
            if cell.wraps && wraps(c) {
                format = format.set_text_wrap();
                let lines = rows.entry(r).or_insert(1);
                *lines = (*lines).max(lines_of(cell.width, units(c)));
            }
            match cell.value {
                Value::Text(t) => sheet.write_string_with_format(r, c, t, &format)?,
                Value::Number(n) => sheet.write_number_with_format(r, c, n, &format)?,
            };
        }
        for (r, heads) in self.headers {
            let lines = heads
                .iter()
                .map(|&(c, w)| lines_of(w, units(c)))
                .max()
                .unwrap_or(1);
            let at = rows.entry(r).or_insert(1);
            *at = (*at).max(lines);
        }
        for (r, lines) in rows {
            if lines > 1 {
                sheet.set_row_height(r, LINE_POINTS * lines as f64)?;
            }
        }
        for (c, &(u, _)) in cols.iter().enumerate() {
            sheet.set_column_width(col(c)?, u as f64)?;
        }
        Ok(cols.iter().map(|&(u, _)| u).sum())
    }
}
