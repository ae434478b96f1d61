//! The catalogue's words for reading exports: files, sheets, headers, cells and the problems found in them.

// --- where: a file, a sheet, lists
crate::messages! {
    /// A file and the sheet in it; a CSV file is named alone.
    place_in_sheet(file, sheet) {
        en: "{file}, sheet {sheet}",
        zh: "{file}，工作表 {sheet}",
    }
    /// Between the items of a list of headers, sheets or values.
    list_separator { en: ", ", zh: "、" }
    /// Between the fields of a list of missing fields.
    clause_separator { en: "; ", zh: "；" }
}

// --- the operating system refusing a file
crate::messages! {
    /// The file or folder does not exist; `e` is the system's words.
    io_not_found(e) {
        en: "{e}",
        zh: "文件或文件夹不存在",
    }
    /// No permission: reading or writing, most often the file is open in
    /// Excel or WPS.
    io_permission_denied(e) {
        en: "{e}",
        zh: "没有权限访问，文件可能正在 Excel 或 WPS 中打开，请关闭后再试",
    }
    /// The file ended before its content did.
    io_unexpected_eof(e) {
        en: "{e}",
        zh: "文件不完整，提前结束（{e}）",
    }
    /// The file's content is not what it claims.
    io_invalid_data(e) {
        en: "{e}",
        zh: "文件内容无效（{e}）",
    }
    /// Any other refusal, the system's words kept for whoever investigates.
    io_other(e) {
        en: "{e}",
        zh: "系统报错（{e}）",
    }
}

// --- a whole file or sheet that cannot be read
crate::messages! {
    /// The file cannot be opened or is not a readable spreadsheet.
    cannot_be_read(file, reason: Text) {
        en: "{file}: cannot be read: {reason}",
        zh: "{file}：无法读取：{reason}",
    }
    /// A sheet became unreadable part way (a damaged file).
    reading_stopped(place: Text, reason: Text) {
        en: "{place}: reading stopped: {reason}",
        zh: "{place}：读取中断：{reason}",
    }
    /// The file's name is not one of a spreadsheet.
    not_a_spreadsheet_name {
        en: "not a spreadsheet: the name must end in .xlsx, .xlsm, .xls, .ods or .csv",
        zh: "不是电子表格：文件名须以 .xlsx、.xlsm、.xls、.ods 或 .csv 结尾",
    }
    /// The spreadsheet reader gave up on the file.
    reader_failed {
        en: "the spreadsheet reader failed on this file: it is damaged or written in an unusual way; open it in WPS or Excel and save it again",
        zh: "读取程序无法处理这个文件：文件已损坏或格式不常见；请用 WPS 或 Excel 打开后重新保存",
    }
    /// A workbook with an opening password.
    password_protected(file) {
        en: "{file}: is password-protected; open it in WPS/Excel, remove the password (WPS: 文件 ▸ 文档加密 ▸ 密码加密; Excel: 文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密, clear it) and save again",
        zh: "{file}：文件设有打开密码；请在 WPS 或 Excel 中打开，取消密码（WPS：文件 ▸ 文档加密 ▸ 密码加密；Excel：文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密，清空密码）后重新保存",
    }
    /// The workbook reader's words when the workbook has a password.
    workbook_password(shown) {
        en: "{shown}",
        zh: "工作簿设有密码：请打开它，取消密码后保存，再试一次",
    }
    /// The workbook reader's words for a damaged or foreign file.
    workbook_unreadable(shown) {
        en: "{shown}",
        zh: "文件已损坏或不是可读取的工作簿（{shown}）",
    }
    /// The workbook reader's words for a sheet that stopped part way.
    sheet_damaged(shown) {
        en: "{shown}",
        zh: "文件已损坏（{shown}）",
    }
    /// The CSV reader's words for a file it cannot parse.
    csv_malformed(shown) {
        en: "{shown}",
        zh: "CSV 文件格式有误（{shown}）",
    }
}

// --- a workbook refused before it is read: damage and size
crate::messages! {
    /// An xls found damaged by its own check; `why` says where.
    workbook_damaged(file, why: Text) {
        en: "{file}: the file is damaged ({why}); open it in WPS/Excel and save it again",
        zh: "{file}：文件已损坏（{why}）；请在 WPS 或 Excel 中打开后重新保存",
    }
    /// An xls whose OLE container cannot be read.
    container_unreadable(e) {
        en: "its container cannot be read: {e}",
        zh: "文件容器无法读取：{e}",
    }
    /// An xls container without a workbook stream.
    no_workbook_stream {
        en: "it holds no workbook stream",
        zh: "其中没有工作簿数据",
    }
    /// An xls whose workbook stream does not open.
    workbook_stream_unopened {
        en: "its workbook stream cannot be opened",
        zh: "工作簿数据无法打开",
    }
    /// An xls whose workbook stream breaks off.
    workbook_stream_cut_short {
        en: "its workbook stream cannot be read to the end",
        zh: "工作簿数据无法完整读取",
    }
    /// An xls whose workbook stream alone is larger than the memory limit.
    workbook_stream_too_large(file, size, limit) {
        en: "{file}: its workbook stream is {size} bytes, more than the memory limit of {limit} bytes (a damaged or hostile file; if it is genuine, raise --memory-limit)",
        zh: "{file}：工作簿数据流有 {size} 字节，超过内存上限 {limit} 字节（文件已损坏或被改动；如果文件确实无误，请调大 --memory-limit）",
    }
    /// An xls sheet said to begin past the end of the stream.
    sheet_beyond_stream(name) {
        en: "sheet {name} starts beyond the end of the workbook stream",
        zh: "工作表 {name} 的起始位置超出了工作簿数据流的末尾",
    }
    /// Two far cells of a sheet's used area, reached by different cells.
    two_cells(r, c) {
        en: "{r} and {c}",
        zh: "{r} 和 {c}",
    }
    /// A sheet whose used area would take more memory than allowed.
    used_area_too_large(file, sheet, far: Text, need, have) {
        en: "{file}, sheet {sheet}: the used area reaches {far}; reading the workbook whole would take about {need} MB, more than the memory limit of {have} MB. Delete the stray cells beyond your data (select the rows and columns after it, right-click ▸ Delete) and save again; if the data is genuine, raise --memory-limit",
        zh: "{file}，工作表 {sheet}：已用区域一直到 {far}，整个文件读入约需 {need} MB，超过内存上限 {have} MB。请删除数据区以外的零散单元格（选中数据之后的行和列，右键 ▸ 删除）后重新保存；如果这些数据确实需要，请调大 --memory-limit",
    }
}

// --- a workbook's zip archive
crate::messages! {
    /// The archive's directory cannot be read.
    zip_damaged(detail: Text) {
        en: "the file is damaged ({detail}); save it again",
        zh: "文件已损坏（{detail}）；请重新保存",
    }
    /// A part of the archive has a password.
    zip_part_encrypted(name) {
        en: "part {name} is encrypted; remove the password and save it again",
        zh: "其中的部件 {name} 已加密；请取消密码后重新保存",
    }
    /// A part that unpacks to more than the memory limit.
    zip_part_too_large(name, size, limit) {
        en: "part {name} unpacks to {size} bytes, more than the memory limit of {limit} bytes \
             (a damaged or hostile file; if it is genuine, raise --memory-limit)",
        zh: "其中的部件 {name} 解压后有 {size} 字节，超过内存上限 {limit} 字节\
             （文件可能已损坏或被恶意构造；如确属正常文件，请调大 --memory-limit）",
    }
    /// A part whose checksum does not match its bytes.
    zip_checksum_mismatch {
        en: "its checksum (CRC-32) does not match: the bytes changed after it was saved",
        zh: "校验和 (CRC-32) 不符：保存之后内容被改动过",
    }
    /// A part that does not unpack; `why` is the damage found.
    zip_part_damaged(name, why: Text) {
        en: "part {name} is damaged: {why}; nothing in it can be trusted, save or export it again",
        zh: "其中的部件 {name} 已损坏：{why}；其中的内容都不可信，请重新保存或导出",
    }
    /// An OLE container with a workbook's name: encrypted, or an old xls.
    zip_is_ole {
        en: "it is password-protected (or an old .xls renamed): open it, remove the \
             password or save as .xlsx, and try again",
        zh: "文件设有密码（或是改了扩展名的旧版 .xls）：请打开它，取消密码或另存为 .xlsx，再试一次",
    }
    /// A zip archive cut short or damaged.
    zip_cut_short(detail: Text) {
        en: "the file is damaged or cut short ({detail}); copy or export it again",
        zh: "文件已损坏或不完整（{detail}）；请重新复制或导出",
    }
    /// A file of no bytes with a workbook's name.
    file_is_empty {
        en: "the file is empty",
        zh: "文件是空的",
    }
    /// Another kind of file with a workbook's name.
    not_a_workbook(looks_like: Text) {
        en: "it is not a workbook but {looks_like} with a workbook's name; export it again as .xlsx",
        zh: "这不是工作簿，而是用了工作簿文件名的{looks_like}；请重新导出为 .xlsx",
    }
    /// What a file that is not a workbook looks like: a PDF.
    looks_like_pdf { en: "a PDF document", zh: "PDF 文档" }
    /// … a web page.
    looks_like_html { en: "a web page (HTML)", zh: "网页 (HTML)" }
    /// … text.
    looks_like_text { en: "text", zh: "文本文件" }
    /// … anything else.
    looks_like_other { en: "something else", zh: "其他类型的文件" }
}

// --- the zip reader's own words for the damage it met (`en` is how the
// reader says it, matched in its message)
crate::messages! {
    /// A deflate stream that does not inflate.
    zip_detail_deflate { en: "corrupt deflate stream", zh: "压缩数据已损坏" }
    /// A part longer than it declares.
    zip_detail_larger {
        en: "File is larger than its declared uncompressed size",
        zh: "实际内容比它声明的大小更大",
    }
    /// No end-of-directory record: the file is cut short.
    zip_detail_no_eocd { en: "Could not find EOCD", zh: "找不到压缩包的目录，文件可能被截断" }
    /// A checksum that does not match.
    zip_detail_checksum { en: "Invalid checksum", zh: "校验和不符" }
    /// Any other damage, the reader's words kept.
    zip_detail_other(detail) {
        en: "{detail}",
        zh: "内容无法解压：{detail}",
    }
}

// --- CSV files
crate::messages! {
    /// Where a CSV file's text stopped decoding.
    bytes_not_valid(offset, encoding) {
        en: "bytes at offset {offset} are not valid {encoding}",
        zh: "偏移 {offset} 字节处的内容不是有效的 {encoding} 编码",
    }
    /// A CSV file in none of the encodings read.
    bad_encoding(file, reason: Text) {
        en: "{file}: the text encoding is not UTF-8, UTF-16 or GBK/GB18030 ({reason}); save it again as \"CSV UTF-8\"",
        zh: "{file}：文本编码不是 UTF-8、UTF-16 或 GBK/GB18030（{reason}）；请另存为\"CSV UTF-8\"",
    }
    /// A CSV file with no content at all.
    empty_file(file) {
        en: "{file}: the file is empty: it has no rows to read; export it again",
        zh: "{file}：文件是空的，没有任何可读的行；请重新导出",
    }
    /// A quote opening a cell on the last row, never closed.
    quote_never_closed(file, row) {
        en: "{file}, row {row}: the quote (\") that opens a cell is never closed; close or remove it, then save the file again",
        zh: "{file}，第 {row} 行：单元格开头的引号（\"）始终没有闭合；请补上或删除这个引号后重新保存",
    }
    /// A quote opening a cell and not closed on its row, taking in `lines` more.
    quote_not_closed(file, row, lines) {
        en: "{file}, row {row}: the quote (\") that opens a cell is not closed on that row, so the {lines} lines after it would be read into that one cell instead of as rows; close or remove the quote, then save the file again",
        zh: "{file}，第 {row} 行：单元格开头的引号（\"）在本行没有闭合，其后的 {lines} 行会被读进这一个单元格，而不是各自成行；请补上或删除这个引号后重新保存",
    }
    /// A row with more cells than the header row: a separator not quoted.
    extra_cells(file, row, cells, width, separator: Text) {
        en: "{file}, row {row}: the row has {cells} cells but the header row has {width}: a cell holds a {separator} without quotes, so the cells after it are not under their headers; put that cell in quotes or remove the {separator}, then save the file again",
        zh: "{file}，第 {row} 行：该行有 {cells} 个单元格，表头行只有 {width} 个：某个单元格里有未加引号的{separator}，其后的单元格都不在各自的表头下；请给该单元格加上引号或删去这个{separator}后重新保存",
    }
    /// The tab separator, named.
    separator_tab { en: "tab", zh: "制表符" }
    /// The semicolon separator, named.
    separator_semicolon { en: "semicolon (;)", zh: "分号（;）" }
    /// The comma separator, named.
    separator_comma { en: "comma (,)", zh: "逗号（,）" }
    /// A CSV row longer than the memory limit lets one row be.
    csv_row_too_long(file, row, budget, limit) {
        en: "{file}: row {row} is too long: reading it would hold more than {budget} bytes, the most a CSV row (or the first rows together, scanned for the header) may hold under the memory limit of {limit} bytes (a 64th of it); is it really a CSV file? If it is genuine, raise --memory-limit",
        zh: "{file}：第 {row} 行过长：读取它需要占用超过 {budget} 字节，超过内存上限 {limit} 字节允许一行 CSV（或查找表头时扫描的前几行合计）占用的上限（内存上限的 1/64）；请确认这确实是 CSV 文件；如果文件无误，请调大 --memory-limit",
    }
}

// --- sheets and header rows
crate::messages! {
    /// One missing field with the headers that would be accepted for it.
    missing_field(field, headers: Text) {
        en: "{field} (headers accepted: {headers})",
        zh: "{field}（可用的表头：{headers}）",
    }
    /// The top of the sheet is empty: no header row at all.
    no_header_rows_empty(place: Text, rows, missing: Text) {
        en: "{place}: the first {rows} rows are empty, so there is no header row with a column for {missing}",
        zh: "{place}：前 {rows} 行都是空的，找不到含有以下列的表头行：{missing}",
    }
    /// No header row has every required field; the closest is shown.
    no_header_row(place: Text, rows, missing: Text, header_row, found: Text) {
        en: "{place}: no header row in the first {rows} rows has a column for {missing}; the closest is row {header_row}, which has: {found}",
        zh: "{place}：前 {rows} 行中找不到含有以下列的表头行：{missing}；最接近的是第 {header_row} 行，其中有：{found}",
    }
    /// The closest header row has no header text at all.
    headers_found_none { en: "nothing", zh: "（空）" }
    /// The rubric's sheet pattern matches no sheet.
    no_sheet(file, pattern, sheets: Text) {
        en: "{file}: no sheet matches \"{pattern}\"; the workbook has: {sheets}",
        zh: "{file}：没有与\"{pattern}\"匹配的工作表；该工作簿中有：{sheets}",
    }
    /// One field's aliases match several columns; `fix` says what to do.
    ambiguous_column(place: Text, field, headers: Text, fix: Text) {
        en: "{place}: field {field} matches more than one column ({headers}); {fix}",
        zh: "{place}：字段 {field} 同时匹配了多列（{headers}）；{fix}",
    }
    /// How to make one field read one column, outside a two-level header.
    keep_one_alias {
        en: "keep one alias per column in the rubric or rename a column",
        zh: "请在方案中每列只保留一个别名，或把其中一列改名",
    }
    /// How to make one field read one column under a two-level header.
    name_with_group(forms: Text) {
        en: "the same header stands under several groups: name the one to read with its group in `headers`, one of {forms}",
        zh: "同一表头出现在几个分组下：请在 `headers` 里连同分组写出要读的那一列，可写：{forms}",
    }
    /// A value merged down over rows of a column read.
    merged_cells(place: Text, range, header, anchor) {
        en: "{place}, cells {range} are merged: {header} is filled only in {anchor}; unmerge them and fill every row (WPS: 合并居中 ▸ 拆分并填充内容; Excel: 取消单元格合并, then 定位条件 ▸ 空值, type = then ↑ then Ctrl+Enter)",
        zh: "{place}，单元格 {range} 是合并单元格：{header} 只填在 {anchor}；请取消合并并在每一行都填上（WPS：合并居中 ▸ 拆分并填充内容；Excel：取消单元格合并，再用 定位条件 ▸ 空值，输入 = 后按 ↑，再按 Ctrl+Enter）",
    }
    /// Rows with content under the header, none under a column read.
    nothing_read(place: Text, header_row, rows, first, headers: Text) {
        en: "{place}: the header is row {header_row}, but none of the {rows} rows with content below it (the first is row {first}) has a value under the columns read ({headers}), so not one record would be read; put the values under their headers",
        zh: "{place}：表头在第 {header_row} 行，但其下方有内容的 {rows} 行（第一行是第 {first} 行）在读取的列（{headers}）中都没有值，读不到任何一条记录；请把数据放在对应的表头下方",
    }
}

// --- a sheet with one column per day (DingTalk's 月度汇总)
crate::messages! {
    /// The day numbers over the day columns skip or repeat a day.
    day_columns_gap(place: Text, cell, text, expected) {
        en: "{place}, cell {cell}: the day columns must run 1, 2, … without a gap, but this one is headed \"{text}\" where day {expected} belongs",
        zh: "{place}，单元格 {cell}：按天的列必须从 1 起逐日排列、不能缺天，这一列的表头是\"{text}\"，这里应是第 {expected} 天",
    }
    /// A day number the month does not have (31 in February).
    day_past_month_end(place: Text, cell, day, month, last) {
        en: "{place}, cell {cell}: day {day} is past the end of {month}, which has {last} days; is this the file of that month?",
        zh: "{place}，单元格 {cell}：第 {day} 天超出了 {month} 的天数（这个月只有 {last} 天）；请确认这是不是该月的文件",
    }
    /// A column headed 六 or 日 that is not that weekday in the month.
    day_not_weekend(place: Text, cell, text, date, weekday_en, weekday_zh, month) {
        en: "{place}, cell {cell}: the column is headed \"{text}\" (a weekend day), but in {month} it is {date}, a {weekday_en}: the day columns are not of {month}; is this the file of that month?",
        zh: "{place}，单元格 {cell}：这一列的表头是\"{text}\"（周末），但按 {month} 算它是 {date}，{weekday_zh}：按天的列不是 {month} 的；请确认这是不是该月的文件",
    }
    /// The title's month is outside the period scored: another month's file.
    title_month_against_period(place: Text, cell, title, month, from, to) {
        en: "{place}, cell {cell}: the title \"{title}\" is for {month}, outside the period scored ({from} to {to}): this is another month's file; give the file of the period, or the period of the file (--period {month})",
        zh: "{place}，单元格 {cell}：标题\"{title}\"是 {month} 的，不在考核期间（{from} 至 {to}）内：这是别的月份的文件；请换成本期的文件，或按文件的月份给出考核期间（--period {month}）",
    }
    /// No title names the month of the day columns, and no period is given.
    day_month_unknown(place: Text) {
        en: "{place}: the month of the day columns is not known: no title row above the header names it (such as \"统计日期：2026-02-01 至 2026-02-28\" or \"2026年2月\"); give the month with --period, such as --period 2026-02",
        zh: "{place}：不知道按天的列是哪个月的：表头上方没有写明月份的标题行（如\"统计日期：2026-02-01 至 2026-02-28\"或\"2026年2月\"）；请用 --period 给出月份，例如 --period 2026-02",
    }
    /// No title names the month, and the period scored is longer than one.
    day_month_not_one(place: Text, from, to) {
        en: "{place}: the month of the day columns is not known: no title row above the header names it (such as \"统计日期：2026-02-01 至 2026-02-28\" or \"2026年2月\"), and the period scored ({from} to {to}) is more than one month; give the file's month with --period, such as --period 2026-02",
        zh: "{place}：不知道按天的列是哪个月的：表头上方没有写明月份的标题行（如\"统计日期：2026-02-01 至 2026-02-28\"或\"2026年2月\"），而考核期间（{from} 至 {to}）不止一个月；请用 --period 给出这个文件的月份，例如 --period 2026-02",
    }
}

// --- cells refused
crate::messages! {
    /// A cell the field's type does not accept; `expected` reads after
    /// "is not" / "应为".
    bad_value(cell_en, cell_zh, header, field, value, expected: Text) {
        en: "{cell_en}: {header} ({field}) value \"{value}\" is not {expected}",
        zh: "{cell_zh}：{header} ({field}) 的值\"{value}\"不符合要求，应为{expected}",
    }
    /// A blank cell of a required field.
    blank_cell(cell_en, cell_zh, header, field) {
        en: "{cell_en}: {header} ({field}) is blank; the rubric requires a value in every row \
             (if a blank is allowed, declare the field with `required = false` or a `default`)",
        zh: "{cell_zh}：{header} ({field}) 是空白的；方案要求每一行都填写这一项\
             （如果允许空白，请在方案里给这个字段写 `required = false` 或 `default`）",
    }
    /// A row with data below the note row that ends the table.
    after_note(cell_en, cell_zh, note_row, note) {
        en: "{cell_en}: this row is below the note row {note_row} (\"{note}\"), which ends the table; \
             move the row above it, or delete it",
        zh: "{cell_zh}：这一行在第 {note_row} 行的说明行（\"{note}\"）下面，表格到说明行就结束了；\
             请把这一行移到说明行上面，或者删除",
    }
}

// --- what a field accepts (the Chinese reads after "应为")
crate::messages! {
    /// A key field.
    expect_key { en: "an identifier (text or a whole number)", zh: "编号（文字或整数）" }
    /// A key stored as a number too large to keep its digits.
    expect_lost_digits {
        en: "an identifier with all its digits: the number has lost digits; format the column as text and export again",
        zh: "完整的编号：这个数字已丢失末尾几位；请把该列设置为文本格式后重新导出",
    }
    /// A text field.
    expect_text { en: "text", zh: "文字" }
    /// An integer field.
    expect_integer { en: "a whole number", zh: "整数" }
    /// A decimal field.
    expect_decimal { en: "a number such as 12.5", zh: "数字，如 12.5" }
    /// A duration field.
    expect_duration {
        en: "a duration in minutes such as 80, 80分钟, 1小时20分, 1.5小时, 1:20 or an Excel time",
        zh: "以分钟计的时长，如 80、80分钟、1小时20分、1.5小时、1:20 或 Excel 时间",
    }
    /// A date field.
    expect_date {
        en: "a date such as 2022-03-01, 2022/3/1, 3月1日 or an Excel date",
        zh: "日期，如 2022-03-01、2022/3/1、3月1日 或 Excel 日期",
    }
    /// How a refusal for want of a year begins: it tells such cells from others.
    expect_date_with_year { en: "a date with a year", zh: "带年份的日期" }
    /// A month and day without a year, the cell's own text named.
    needs_year(what: Text, written) {
        en: "{what}: \"{written}\" has none, so give a --period (or --from and --to) to say which year is meant",
        zh: "{what}：\"{written}\" 没有写年份，请用 --period（或 --from 和 --to）指明是哪一年",
    }
    /// A two-digit year, whose order cannot be told.
    expect_four_digit_year {
        en: "a date with a four-digit year such as 2022-03-01, 2022/3/1, 2022年3月1日 or 3月1日: with a two-digit year (01/12/22) the day, month and year can be read in more than one order (DingTalk's 22-03-01 星期二 is read, its weekday confirming the order)",
        zh: "年份写全四位的日期，如 2022-03-01、2022/3/1、2022年3月1日 或 3月1日：两位年份（如 01/12/22）分不清哪个是年、月、日（钉钉的 22-03-01 星期二 可以读取，星期印证了顺序）",
    }
    /// A date-time field.
    expect_datetime {
        en: "a date and time such as 2022-03-01 07:41, 2022/3/1 7:41:00 or an Excel date-time",
        zh: "日期和时间，如 2022-03-01 07:41、2022/3/1 7:41:00 或 Excel 日期时间",
    }
    /// A boolean field.
    expect_boolean {
        en: "yes or no: 是/否, 有/无, true/false, 1/0, √/×, Y/N",
        zh: "是或否：是/否、有/无、true/false、1/0、√/×、Y/N",
    }
    /// A formula whose saved result is a writer's placeholder.
    expect_calculated_placeholder {
        en: "a calculated result: the program that wrote the file does not calculate formulas, so the result saved with this one is a placeholder; open the file in WPS or Excel and save it",
        zh: "公式的计算结果：写出该文件的程序不计算公式，随公式保存的结果只是占位值：请在 WPS/Excel 中打开并保存",
    }
    /// A formula saved without a result.
    expect_calculated_missing {
        en: "a calculated result: the formula was saved without one; open the file in WPS or Excel and save it",
        zh: "公式的计算结果：公式没有保存结果：请在 WPS/Excel 中打开并保存",
    }
    /// A number too large to compute with exactly.
    expect_smaller_number {
        en: "a number of at most 79228162514264337593543950335, the largest kaohe computes with exactly: this one is far larger than any real value; check the cell",
        zh: "不大于 79228162514264337593543950335 的数（kaohe 能精确计算的最大数）：这个数远大于任何实际的值，请核对这个单元格",
    }
    /// A whole number too large for a spreadsheet to hold exactly.
    expect_smaller_integer {
        en: "a whole number a spreadsheet holds exactly: this one is far larger than any real count; check the cell",
        zh: "电子表格能精确保存的整数：这个数远大于任何实际的数量，请核对这个单元格",
    }
    /// A number within the rubric's `min` and `max`.
    expect_number_between(lo, hi) {
        en: "a number from {lo} to {hi}",
        zh: "介于 {lo} 到 {hi} 之间的数",
    }
    /// A number of at least the rubric's `min`.
    expect_number_at_least(lo) {
        en: "a number of at least {lo}",
        zh: "不小于 {lo} 的数",
    }
    /// A number of at most the rubric's `max`.
    expect_number_at_most(hi) {
        en: "a number of at most {hi}",
        zh: "不大于 {hi} 的数",
    }
    /// The bounds above, said to be the rubric's.
    rubric_bounds(bounds: Text) {
        en: "{bounds} (the rubric's bounds for this field)",
        zh: "{bounds}（方案为该字段规定的范围）",
    }
    /// A time field.
    expect_time {
        en: "a time of day such as 07:41, 7:41:05 or an Excel time",
        zh: "时刻，如 07:41、7:41:05 或 Excel 时间",
    }
    /// A datetime field with `on`: a time of day placed on the record's date.
    expect_time_on_day {
        en: "a time of day such as 07:41, or 次日 01:10 for one after midnight (the date comes from the field `on` names)",
        zh: "时刻，如 07:41；过了午夜的写作 次日 01:10（日期取自 `on` 指定的字段）",
    }
    /// `次日 01:10` in a time field, which holds no day.
    expect_time_not_next_day(field) {
        en: "a time of day: 次日 (the next day) names a day, which a time field cannot hold; declare it `{field} = {{ …, type = \"datetime\", on = \"DATE_FIELD\" }}` to place it on the record's date",
        zh: "时刻：次日 指的是第二天，时刻字段放不下日期；请声明为 `{field} = {{ …, type = \"datetime\", on = \"日期字段\" }}`，把它放在记录的日期上",
    }
    /// A field's `extract` pattern did not match a cell of a field that must be filled.
    expect_pattern_match(pattern) {
        en: "text the field's pattern `{pattern}` matches (a cell it does not match reads as blank, and this field must be filled)",
        zh: "符合该字段模式 `{pattern}` 的文字（不符合模式的单元格按空白处理，而该字段必须填写）",
    }
    /// One part of a list field's cell that is not a value of its type.
    expect_part_of(cell, expected: Text) {
        en: "{expected} (one of the values of the cell \"{cell}\")",
        zh: "{expected}（单元格 \"{cell}\" 中的一个值）",
    }
    /// A datetime with `on` on a row whose date field is blank.
    expect_date_to_place_on(date_field) {
        en: "a time with a date to place it on, but this row's `{date_field}` is blank",
        zh: "可以放到日期上的时刻，但这一行的 `{date_field}` 是空的",
    }
    /// An enum field: one of its values.
    expect_one_of(values: Text) {
        en: "one of {values}",
        zh: "以下之一：{values}",
    }
    /// A date whose written weekday is not its own.
    expect_weekday_agrees(day, english, actual, written) {
        en: "a date and weekday that agree: {day} is a {english} ({actual}), not {written}",
        zh: "日期与星期一致的值：{day} 是{actual}，不是{written}",
    }
}
