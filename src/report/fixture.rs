//! A small rubric and outcome built by hand for the writers' tests: two
//! teachers, one vetoed, one with a deduction floored at 0 and a rule cap;
//! a category whose items are not adjacent in the rubric; a rounding step
//! finer than the rubric's places.

use std::sync::Arc;

use chrono::NaiveDate;
use globset::GlobSet;
use rust_decimal::Decimal;

use crate::engine::{
    Evidence, EvidenceKind, FileDigest, GradeBasis, InputInfo, ItemResult, Outcome, Period,
    RunInfo, SheetInfo, SourceStats, TeacherResult, VetoResult,
};
use crate::input::{FieldSpec, SourceSchema};
use crate::provenance::Provenance;
use crate::rubric::expr::{compile_condition, compile_number, Condition, NumberExpr, Scope};
use crate::rubric::*;
use crate::value::FieldType;

pub fn d(text: &str) -> Decimal {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn cond(source: &Source, src: &str) -> Condition {
    let fields = source.scope_fields();
    let scope = Scope {
        record: &fields,
        teacher: &[],
        defaulted: &[],
    };
    compile_condition(src, &scope).unwrap_or_else(|e| panic!("{src}: {e}"))
}

fn num(source: &Source, src: &str) -> NumberExpr {
    let fields = source.scope_fields();
    let scope = Scope {
        record: &fields,
        teacher: &[],
        defaulted: &[],
    };
    compile_number(src, &scope).unwrap_or_else(|e| panic!("{src}: {e}"))
}

fn source(id: &str, fields: &[(&str, &str, FieldType)], teacher: bool) -> Source {
    Source {
        id: id.into(),
        patterns: vec![format!("*{id}*.xlsx")],
        matcher: GlobSet::empty(),
        schema: SourceSchema {
            id: id.into(),
            fields: fields
                .iter()
                .map(|(name, header, ty)| {
                    FieldSpec::plain(name, vec![(*header).into()], ty.clone())
                })
                .collect(),
            sheet: None,
            sheet_pattern: None,
            unpivot: None,
        },
        unique: vec![],
        teacher: teacher.then_some(0),
        date: None,
        optional: false,
        every_teacher: false,
        label: None,
    }
}

fn rule(label: &str, source: usize, effect: Effect) -> Rule {
    Rule {
        label: label.into(),
        source,
        when: None,
        unless: None,
        unless_label: String::new(),
        effect,
        cap: None,
    }
}

pub const ROSTER: usize = 0;
pub const ATTENDANCE: usize = 1;
pub const RESEARCH: usize = 2;
pub const WORKLOAD: usize = 3;
pub const PLANS: usize = 4;
pub const CONDUCT: usize = 5;

pub fn rubric() -> Rubric {
    let key = ("teacher", "工号", FieldType::Key);
    let sources = vec![
        source(
            "roster",
            &[
                ("key", "工号", FieldType::Key),
                ("name", "姓名", FieldType::Text),
                ("school", "学校", FieldType::Text),
            ],
            false,
        ),
        source(
            "attendance",
            &[
                key.clone(),
                ("status", "考勤状态", FieldType::Text),
                ("late_minutes", "迟到分钟", FieldType::Integer),
                ("approved", "已审批", FieldType::Boolean),
            ],
            true,
        ),
        source(
            "research",
            &[
                key.clone(),
                (
                    "level",
                    "级别",
                    FieldType::Enum(vec!["县级".into(), "校级".into()]),
                ),
            ],
            true,
        ),
        source(
            "workload",
            &[key.clone(), ("hours", "课时", FieldType::Decimal)],
            true,
        ),
        source(
            "plans",
            &[key.clone(), ("score", "得分", FieldType::Decimal)],
            true,
        ),
        source("conduct", &[key, ("type", "类型", FieldType::Text)], true),
    ];

    let mut absence = rule("缺课", ATTENDANCE, Effect::Deduct(Points::Each(d("1"))));
    absence.when = Some(cond(&sources[ATTENDANCE], "status == \"缺课\""));
    absence.unless = Some(cond(&sources[ATTENDANCE], "status == \"请假\" && approved"));
    absence.unless_label = "已审批请假".into();

    let late = rule(
        "迟到",
        ATTENDANCE,
        Effect::Deduct(Points::Tiers {
            field: 2,
            steps: vec![
                Tier {
                    upto: Some(d("10")),
                    points: d("0.5"),
                    label: None,
                },
                Tier {
                    upto: None,
                    points: d("1"),
                    label: Some("按缺课计".into()),
                },
            ],
        }),
    );

    let mut paper = rule("论文", RESEARCH, Effect::Bonus(Points::Each(d("0.5"))));
    paper.cap = Some(d("1"));
    let award = rule(
        "获奖",
        RESEARCH,
        Effect::Bonus(Points::ByValue {
            field: 1,
            values: vec![("县级".into(), d("3")), ("校级".into(), d("2"))],
        }),
    );
    let mut hours = rule(
        "课时",
        WORKLOAD,
        Effect::Proportional {
            value: num(&sources[WORKLOAD], "hours"),
            rate: d("1.25"),
        },
    );
    hours.cap = Some(d("30"));
    let plan = rule(
        "计划评分",
        PLANS,
        Effect::Import {
            value: num(&sources[PLANS], "score"),
            missing: MissingImport::Zero,
        },
    );

    let item = |id: &str, name: &str, category, max, start, rules| Item {
        id: id.into(),
        name: name.into(),
        category,
        max: d(max),
        start,
        rules,
        threshold: None,
    };

    let ethics = cond(&sources[CONDUCT], "type == \"体罚\"");
    Rubric {
        name: "2022年3月教师考核".into(),
        description: None,
        locale: Some(Locale::Zh),
        full_marks: d("47"),
        rounding: Rounding::default(),
        sources,
        roster: Roster {
            source: ROSTER,
            key: 0,
            name: 1,
            school: Some(2),
            unknown_teachers: UnknownTeachers::Error,
            from_records: false,
        },
        categories: vec![
            Category {
                id: "attend".into(),
                name: "考勤".into(),
                max: d("2"),
                items: vec![0],
                threshold: None,
                parent: None,
                children: vec![],
            },
            Category {
                id: "teaching".into(),
                name: "教学".into(),
                max: d("40"),
                items: vec![1, 3],
                threshold: None,
                parent: None,
                children: vec![],
            },
            Category {
                id: "research".into(),
                name: "科研".into(),
                max: d("5"),
                items: vec![2],
                threshold: None,
                parent: None,
                children: vec![],
            },
        ],
        items: vec![
            item(
                "attendance",
                "出勤",
                0,
                "2",
                Start::Max,
                vec![absence, late],
            ),
            item("plan", "每周计划", 1, "10", Start::Zero, vec![plan]),
            item(
                "papers",
                "论文获奖",
                2,
                "5",
                Start::Zero,
                vec![paper, award],
            ),
            item("workload", "课时量", 1, "30", Start::Zero, vec![hours]),
        ],
        vetoes: vec![Veto {
            id: "ethics".into(),
            name: "师德失范".into(),
            source: CONDUCT,
            when: ethics,
            grade: 2,
            at_least: 1,
        }],
        calendar: Default::default(),
        tables: Vec::new(),
        grades: vec![
            Grade {
                name: "优秀".into(),
                min: Some(d("40")),
                share: None,
            },
            Grade {
                name: "合格".into(),
                min: Some(d("30")),
                share: None,
            },
            Grade {
                name: "不合格".into(),
                min: None,
                share: None,
            },
        ],
        adjustments: Vec::new(),
        quota: None,
        pay: None,
        publish: None,
    }
}

pub fn at(file: &str, sheet: &str, row: u32) -> Option<Provenance> {
    Some(Provenance {
        file: Arc::from(file),
        sheet: Arc::from(sheet),
        row,
        col: None,
    })
}

fn ev(
    rule: Option<usize>,
    kind: EvidenceKind,
    points: &str,
    origin: Option<Provenance>,
    detail: &str,
) -> Evidence {
    Evidence {
        rule,
        kind,
        points: d(points),
        origin,
        detail: detail.into(),
        date: None,
    }
}

pub fn outcome() -> Outcome {
    use EvidenceKind::*;
    let att = "2022-03考勤.xlsx";
    let res = "科研.xlsx";
    let work = "课时.csv";
    let plans = "计划.xlsx";

    // 张三: vetoed; band would be 合格.
    let zhang = TeacherResult {
        key: "00123".into(),
        name: "张三".into(),
        school: Some("第一中学".into()),
        origin: Provenance {
            file: Arc::from("roster.xlsx"),
            sheet: Arc::from("名单"),
            row: 2,
            col: None,
        },
        items: vec![
            ItemResult {
                score: d("1.00"),
                evidence: vec![
                    ev(
                        Some(0),
                        Record,
                        "-1",
                        at(att, "考勤", 5),
                        "status=缺课, date=2022-03-04",
                    ),
                    ev(
                        Some(0),
                        Exempt,
                        "0",
                        at(att, "考勤", 6),
                        "status=请假, approved=是",
                    ),
                ],
            },
            ItemResult {
                score: d("9.50"),
                evidence: vec![ev(
                    Some(0),
                    Import,
                    "9.5",
                    at(plans, "Sheet1", 3),
                    "score=9.5",
                )],
            },
            ItemResult {
                score: d("3.50"),
                evidence: vec![
                    ev(Some(0), Record, "0.5", at(res, "论文", 4), "title=课堂提问"),
                    ev(Some(1), Record, "3", at(res, "获奖", 2), "level=县级"),
                ],
            },
            ItemResult {
                score: d("18.88"),
                evidence: vec![
                    ev(Some(0), Record, "18.875", at(work, "", 7), "hours=15.1"),
                    ev(None, Rounding, "0.005", None, "18.875 → 18.88"),
                ],
            },
        ],
        categories: vec![d("1.00"), d("28.38"), d("3.50")],
        total: d("32.88"),
        grade: Some(2),
        grade_basis: GradeBasis::Veto(0),
        adjustments: vec![],
        veto_counts: Vec::new(),
        quota: None,
        pay: None,
        roster: Vec::new(),
        ratings: Vec::new(),
        vetoes: vec![VetoResult {
            veto: 0,
            evidence: vec![(
                Provenance {
                    file: Arc::from("师德.xlsx"),
                    sheet: Arc::from("记录"),
                    row: 9,
                    col: None,
                },
                "type=体罚".into(),
            )],
        }],
    };

    // 李四: floored attendance, capped papers, missing plan; 合格 by band.
    let li = TeacherResult {
        key: "00456".into(),
        name: "李四".into(),
        school: None,
        origin: Provenance {
            file: Arc::from("roster.xlsx"),
            sheet: Arc::from("名单"),
            row: 3,
            col: None,
        },
        items: vec![
            ItemResult {
                score: d("0.00"),
                evidence: vec![
                    ev(
                        Some(0),
                        Record,
                        "-1",
                        at(att, "考勤", 7),
                        "status=缺课, date=2022-03-07",
                    ),
                    ev(
                        Some(0),
                        Record,
                        "-1",
                        at(att, "考勤", 8),
                        "status=缺课, date=2022-03-08",
                    ),
                    ev(Some(1), Record, "-1", at(att, "考勤", 9), "late_minutes=25"),
                    ev(None, Floor, "1", None, "扣完为止"),
                ],
            },
            ItemResult {
                score: d("0.00"),
                evidence: vec![ev(Some(0), Missing, "0", None, "")],
            },
            ItemResult {
                score: d("4.00"),
                evidence: vec![
                    ev(Some(0), Record, "0.5", at(res, "论文", 5), "title=a"),
                    ev(Some(0), Record, "0.5", at(res, "论文", 6), "title=b"),
                    ev(Some(0), Record, "0.5", at(res, "论文", 7), "title=c"),
                    ev(Some(0), RuleCap, "-0.5", None, "本规则最多 1 分"),
                    ev(Some(1), Record, "3", at(res, "获奖", 3), "level=县级"),
                ],
            },
            ItemResult {
                score: d("26.25"),
                evidence: vec![ev(Some(0), Record, "26.25", at(work, "", 8), "hours=21")],
            },
        ],
        categories: vec![d("0.00"), d("26.25"), d("4.00")],
        total: d("30.25"),
        grade: Some(1),
        grade_basis: GradeBasis::Band,
        vetoes: vec![],
        adjustments: vec![],
        veto_counts: Vec::new(),
        quota: None,
        pay: None,
        roster: Vec::new(),
        ratings: Vec::new(),
    };

    let digest = |path: &str, c: char| FileDigest {
        path: path.into(),
        sha256: c.to_string().repeat(64),
    };
    Outcome {
        appeals: None,
        skipped: vec![],
        pay: None,
        teachers: vec![zhang, li],
        quotas: vec![],
        run: RunInfo {
            tool_version: "0.1.0".into(),
            rubric: digest("rubric.toml", 'a'),
            inputs: vec![
                InputInfo {
                    file: digest(att, 'b'),
                    sources: vec!["attendance".into()],
                    sheets: vec![SheetInfo {
                        source: "attendance".into(),
                        sheet: "考勤".into(),
                        header_row: 2,
                        records: 8,
                    }],
                },
                InputInfo {
                    file: digest("说明.txt", 'c'),
                    sources: vec![],
                    sheets: vec![],
                },
            ],
            period: Some(Period {
                from: NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2022, 3, 31).unwrap(),
            }),
            sources: vec![SourceStats {
                source: "attendance".into(),
                read: 8,
                scored: 6,
                outside_period: 2,
                unknown_teacher: 0,
            }],
            warnings: vec![],
            passed_over: 0,
            school: None,
        },
    }
}
