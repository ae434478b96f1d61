//! Writers: the scored workbook and the JSON summary.
