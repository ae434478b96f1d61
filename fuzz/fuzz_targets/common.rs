//! Shared by the reader targets: a fixed schema, and a file written to a
//! scratch folder and read the way a run reads it (checked, then read).

use std::path::PathBuf;

use kaohe::input::{
    check_file, read, FieldSpec, Limits, Origin, ReadOptions, Reading, SourceSchema,
};
use kaohe::value::FieldType;

fn field(name: &str, header: &str, ty: FieldType, required: bool) -> FieldSpec {
    FieldSpec {
        name: name.into(),
        headers: vec![header.into()],
        ty,
        required,
        value_map: vec![("脱岗".into(), "缺课".into())],
        default: None,
        min: None,
        max: None,
        placeholders: vec!["--".into()],
        extract: None,
        split: None,
        on: None,
        label: None,
    }
}

pub fn read_bytes(name: &str, bytes: &[u8]) {
    let schema = SourceSchema {
        id: "records".into(),
        fields: vec![
            field("id", "工号", FieldType::Key, true),
            field("date", "日期", FieldType::Date, true),
            field("status", "状态", FieldType::Enum(vec!["正常".into(), "缺课".into()]), true),
            field("minutes", "时长", FieldType::Duration, false),
            // Several punches in a cell, and a leaving time on the row's date
            // (`次日 01:10`): the readers' newer paths.
            FieldSpec {
                split: Some(" ".into()),
                ..field("punches", "打卡记录", FieldType::List(Box::new(FieldType::Time)), false)
            },
            FieldSpec {
                on: Some(1),
                ..field("off", "下班时间", FieldType::DateTime, false)
            },
        ],
        sheet: None,
        sheet_pattern: None,
        unpivot: None,
    };
    let dir = std::env::temp_dir().join(format!("kaohe-fuzz-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let path: PathBuf = dir.join(name);
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    // A small limit keeps a fuzzed bomb from slowing the run down.
    let limits = Limits { memory: 64 << 20 };
    let Ok(checked) = check_file(&path, name, &limits) else {
        return;
    };
    if let Some(fault) = checked.fault {
        let _ = fault.to_string();
        return;
    }
    let opts = ReadOptions {
        // The whole of 2022: a month and day without a year take it.
        year_hint: Some(kaohe::input::YearHint {
            from: chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap_or_default(),
            to: chrono::NaiveDate::from_ymd_opt(2022, 12, 31).unwrap_or_default(),
        }),
        ..ReadOptions::default()
    };
    let mut problems = Vec::new();
    let width = schema.fields.len();
    let origin = Origin::File {
        path: &path,
        display: name,
        merges: None,
    };
    let _ = read(
        origin,
        Reading {
            schema: &schema,
            options: &opts,
            problems: &mut problems,
            sink: &mut |r| {
                assert_eq!(r.values.len(), width, "a record has one value per field");
            },
        },
    );
    for p in &problems {
        let _ = p.to_string();
    }
}
