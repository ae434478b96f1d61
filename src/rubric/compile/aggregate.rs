//! Compiling what aggregates over more than one record: the `[calendar]`,
//! the `[tables.NAME]` lookup tables, and the `window` and `relative` rule
//! kinds. Kept beside `compile.rs` so the per-record rule kinds stay short;
//! every problem is a located diagnostic like everywhere else.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use rust_decimal::Decimal;
use toml::Spanned;

use super::Compiler;
use crate::i18n::rubric as msg;
use crate::i18n::Text;
use crate::rubric::calendar::{is_weekend, weekday, Calendar, WindowSize};
use crate::rubric::expr::{FieldRef, Scope};
use crate::rubric::file::{CalendarDef, Day, Num, RubricFile, RuleDef, TableValueDef};
use crate::rubric::model::{
    Against, Charge, Limit, PartialWeeks, RankPoints, RelativeRule, Source, WindowRule,
};
use crate::rubric::table::{LookupTable, TableKey, TableRow, TableValue};

impl Compiler<'_> {
    /// `[calendar]`: holidays must be weekdays and make-up days weekend days,
    /// so that every date listed changes something.
    pub(super) fn calendar(&mut self, def: &CalendarDef) -> Calendar {
        let period = match (&def.from, &def.to) {
            (Some(from), Some(to)) => {
                if from.get_ref().0 > to.get_ref().0 {
                    self.error(to.span(), {
                        let (to, from) = (to.get_ref().0, from.get_ref().0);
                        msg::calendar_ends_before_starts(to, from)
                    });
                }
                Some((from.get_ref().0, to.get_ref().0))
            }
            (None, None) => None,
            (Some(d), None) | (None, Some(d)) => {
                self.error(d.span(), msg::give_both_from_calendar_own());
                None
            }
        };
        let mut holidays = BTreeSet::new();
        for day in &def.holidays {
            let d = day.get_ref().0;
            if is_weekend(d) {
                self.error(day.span(), {
                    let Text { en, zh } = weekday(d);
                    msg::already_no_school_day_holidays(d, &en, &zh)
                });
            } else if !holidays.insert(d) {
                self.error(day.span(), msg::listed_twice(d));
            }
        }
        let mut workdays = BTreeSet::new();
        for day in &def.workdays {
            let d = day.get_ref().0;
            if !is_weekend(d) {
                self.error(day.span(), {
                    let Text { en, zh } = weekday(d);
                    msg::already_school_day_workdays_lists(d, &en, &zh)
                });
            } else if !workdays.insert(d) {
                self.error(day.span(), msg::listed_twice(d));
            }
        }
        Calendar {
            period,
            holidays,
            workdays,
        }
    }

    /// `[tables.NAME]`: every row has one key per `keys`, and no two rows
    /// give a value for the same keys from the same day.
    pub(super) fn tables(&mut self, file: &RubricFile) -> Vec<Arc<LookupTable>> {
        let mut out = Vec::new();
        for (name, def) in &file.tables {
            let before = self.problems.len();
            if !super::is_identifier(name.get_ref()) {
                self.error(name.span(), {
                    let name = name.get_ref();
                    msg::table_name_must_ascii_identifier(name)
                });
            }
            let keys = def.keys.get_ref();
            if keys.is_empty() {
                self.error(def.keys.span(), msg::table_needs_least_one_key());
            }
            if def.row.is_empty() {
                self.error(name.span(), {
                    let name = name.get_ref();
                    msg::table_has_no_row(name)
                });
            }
            let text = match &def.values {
                None => false,
                Some(v) => self.keyword(v, &[("number", false), ("text", true)], false, |other| {
                    msg::table_values_number_or_text(other)
                }),
            };
            let mut rows: Vec<TableRow> = Vec::new();
            // A value of the wrong kind leaves its row out but keeps the
            // table, so the expressions that call it are not refused too.
            let mut value_errors = 0;
            for row in &def.row {
                let r = row.get_ref();
                // A text table's values are text as written (`"0012"` keeps
                // its zeros); a number table's are numbers, a TOML number or
                // one in quotes.
                let value = match (&r.value, text) {
                    (TableValueDef::Text(t), true) => TableValue::Text(t.clone()),
                    (_, true) => {
                        self.error(row.span(), msg::text_table_value_in_quotes());
                        value_errors += 1;
                        continue;
                    }
                    (v, false) => match v.number() {
                        Ok(Num(n)) => TableValue::Number(n),
                        Err(e) => {
                            self.error(row.span(), {
                                let name = name.get_ref();
                                let error = crate::rubric::file::toml_message(&e);
                                msg::number_table_text_values_hint(&error, name)
                            });
                            value_errors += 1;
                            continue;
                        }
                    },
                };
                if r.key.len() != keys.len() {
                    self.error(row.span(), {
                        let (given, wanted) = (r.key.len(), keys.len());
                        let list = Text::list(keys);
                        msg::this_row_has_key_but(given, wanted, &list)
                    });
                    continue;
                }
                let key: Vec<TableKey> = r.key.iter().map(|k| TableKey::parse(&k.0)).collect();
                let from = r.from.map(|Day(d)| d);
                if rows.iter().any(|o| o.key == key && o.from == from) {
                    let shown: Vec<&str> = key.iter().map(|k| k.text.as_str()).collect();
                    self.error(row.span(), {
                        let keys = Text::list(&shown);
                        let from = from.map_or_else(Text::default, msg::from_day);
                        msg::second_value_each_key_has(&keys, &from)
                    });
                    continue;
                }
                rows.push(TableRow { key, value, from });
            }
            if self.problems.len() == before + value_errors {
                out.push(Arc::new(LookupTable {
                    label: self.label(&def.label),
                    name: name.get_ref().clone(),
                    keys: keys.clone(),
                    rows,
                    text,
                }));
            }
        }
        out
    }

    pub(super) fn window_rule(
        &mut self,
        r: &RuleDef,
        span: &Range<usize>,
        source: &Source,
        scope: &Scope,
    ) -> Option<WindowRule> {
        if source.date.is_none() {
            self.error(r.source.span(), {
                let id = &source.id;
                msg::window_rule_places_records_days(id)
            });
            return None;
        }
        let window = self.required(r.window.as_ref(), span, msg::window_rule_needs_window_day())?;
        let size = self.keyword(
            window,
            &[
                ("day", Some(WindowSize::Day)),
                ("日", Some(WindowSize::Day)),
                ("天", Some(WindowSize::Day)),
                ("week", Some(WindowSize::Week)),
                ("周", Some(WindowSize::Week)),
            ],
            None,
            |other| msg::window_day_week_not(other),
        )?;
        let mut group = Vec::new();
        if let Some(g) = &r.group {
            for name in g.get_ref().to_vec() {
                match source.schema.fields.iter().position(|f| f.name == name) {
                    Some(slot) => group.push(slot),
                    None => {
                        let names = source.schema.field_names();
                        self.error(g.span(), {
                            let id = &source.id;
                            let list = Text::list(&names);
                            msg::source_has_no_field_group(id, &name, &list)
                        });
                        return None;
                    }
                }
            }
        }
        let value = match &r.value {
            Some(v) => Some(self.number(v, scope)?),
            None => None,
        };
        let teacher_only = Scope {
            record: &[],
            teacher: scope.teacher,
            defaulted: scope.defaulted,
        };
        let at_least = match &r.at_least {
            Some(l) => Some(self.limit(l, &teacher_only)?),
            None => None,
        };
        let at_most = match &r.at_most {
            Some(l) => Some(self.limit(l, &teacher_only)?),
            None => None,
        };
        if at_least.is_none() && at_most.is_none() {
            self.error(span.clone(), msg::window_rule_needs_least_minimum());
            return None;
        }
        if let (Some(Limit::Fixed(lo)), Some(Limit::Fixed(hi)), Some(l)) =
            (&at_least, &at_most, &r.at_most)
        {
            if lo > hi {
                self.error(l.span(), {
                    let (hi, lo) = (hi.normalize(), lo.normalize());
                    msg::most_below_least_no_window(hi, lo)
                });
                return None;
            }
        }
        let points = self.required(
            r.points.as_ref(),
            span,
            msg::window_rule_needs_points_what(),
        )?;
        let points = self.positive(points, msg::points())?;
        let partial = match &r.partial_weeks {
            None => PartialWeeks::Count,
            Some(p) if size == WindowSize::Day => {
                self.error(p.span(), msg::partial_weeks_needs_week_window());
                PartialWeeks::Count
            }
            Some(p) => self.keyword(
                p,
                &[
                    ("count", PartialWeeks::Count),
                    ("skip", PartialWeeks::Skip),
                    ("prorate", PartialWeeks::Prorate),
                ],
                PartialWeeks::Count,
                |other| msg::partial_weeks_count_skip_prorate_not(other),
            ),
        };
        let across = self.across(r, span, source, scope, &group, &at_least, &at_most)?;
        Some(WindowRule {
            size,
            group,
            value,
            at_least,
            at_most,
            points,
            partial,
            across,
        })
    }

    /// `across = "teachers"` and its `charge`: a class's window summed over
    /// every teacher needs a group to sum by, one limit for all (a number:
    /// no one teacher's fields decide it), and a charge that names one
    /// teacher per window, read from the group's fields only. `Some(None)`
    /// is a window of each teacher's own records.
    #[allow(clippy::too_many_arguments)]
    fn across(
        &mut self,
        r: &RuleDef,
        span: &Range<usize>,
        source: &Source,
        scope: &Scope,
        group: &[usize],
        at_least: &Option<Limit>,
        at_most: &Option<Limit>,
    ) -> Option<Option<Charge>> {
        let Some(across) = &r.across else {
            if let Some(c) = &r.charge {
                self.error(c.span(), msg::charge_needs_across());
                return None;
            }
            return Some(None);
        };
        self.keyword(across, &[("teachers", Some(()))], None, |other| {
            msg::across_teachers_not(other)
        })?;
        if group.is_empty() {
            self.error(across.span(), msg::across_needs_group());
            return None;
        }
        for (limit, def) in [(at_least, &r.at_least), (at_most, &r.at_most)] {
            if let (Some(Limit::PerTeacher(_)), Some(def)) = (limit, def) {
                self.error(def.span(), msg::across_limit_is_number());
                return None;
            }
        }
        let charge = self.required(r.charge.as_ref(), span, msg::across_needs_charge())?;
        if charge.get_ref().trim() == "contributors" {
            // A class-day below its minimum may have no record at all, and
            // then no one who contributed to charge it to.
            if let Some(def) = &r.at_least {
                self.error(def.span(), msg::contributors_cannot_charge_minimum());
                return None;
            }
            return Some(Some(Charge::Contributors));
        }
        let record_only = Scope {
            record: scope.record,
            teacher: &[],
            defaulted: scope.defaulted,
        };
        let expr = self.text_expr(charge, &record_only)?;
        let outside: Vec<&str> = expr
            .fields()
            .iter()
            .filter_map(|f| match f {
                FieldRef::Record(slot) if !group.contains(slot) => {
                    source.schema.fields.get(*slot).map(|f| f.name.as_str())
                }
                _ => None,
            })
            .collect();
        if !outside.is_empty() {
            self.error(charge.span(), {
                let names: Vec<&str> = group
                    .iter()
                    .filter_map(|g| source.schema.fields.get(*g).map(|f| f.name.as_str()))
                    .collect();
                let (fields, group) = (outside.join(", "), names.join(", "));
                msg::charge_reads_only_group(&fields, &group)
            });
            return None;
        }
        Some(Some(Charge::Lookup(expr)))
    }

    /// A limit: a number, or text holding an expression over `teacher.NAME`
    /// fields and tables, evaluated once per teacher.
    fn limit(&mut self, def: &Spanned<toml::Value>, scope: &Scope) -> Option<Limit> {
        let fixed = |n: Decimal| Some(Limit::Fixed(n));
        let value = match def.get_ref() {
            toml::Value::Integer(i) => Decimal::from(*i),
            toml::Value::Float(f) if f.is_finite() => match f.to_string().parse() {
                Ok(d) => d,
                Err(_) => {
                    self.error(def.span(), msg::not_number_rubrics_compute(f));
                    return None;
                }
            },
            toml::Value::String(src) => {
                let spanned = Spanned::new(def.span(), src.clone());
                // Evaluated per teacher, not per record: record fields are out of scope.
                return match crate::rubric::expr::compile_number_with(src, scope, &self.tables) {
                    Ok(n) => Some(Limit::PerTeacher(n)),
                    Err(e) => {
                        let at = self.inner_span(&spanned, e.span.clone());
                        // A record field here is the likely slip: say why it is not in scope.
                        let message = if e.message.en.starts_with("unknown field") {
                            e.message
                                .join(" ", "", &msg::window_limit_worked_out_once())
                        } else {
                            e.message
                        };
                        self.error(at, message);
                        None
                    }
                };
            }
            _ => {
                self.error(def.span(), msg::limit_number_expression_quotes_table());
                return None;
            }
        };
        if value < Decimal::ZERO {
            self.error(def.span(), msg::limit_cannot_negative());
            return None;
        }
        fixed(value)
    }

    pub(super) fn relative_rule(
        &mut self,
        r: &RuleDef,
        span: &Range<usize>,
        scope: &Scope,
    ) -> Option<RelativeRule> {
        let value = self.required(
            r.value.as_ref(),
            span,
            msg::relative_rule_needs_value_what(),
        )?;
        let value = self.number(value, scope)?;
        let mut group = Vec::new();
        if let Some(g) = &r.group {
            for name in g.get_ref().to_vec() {
                let bare = name.strip_prefix("teacher.").unwrap_or(&name);
                match scope.teacher.iter().position(|(n, _)| n == bare) {
                    Some(slot) => group.push(slot),
                    None => {
                        let names: Vec<&str> =
                            scope.teacher.iter().map(|(n, _)| n.as_str()).collect();
                        self.error(g.span(), {
                            let list = Text::list(&names);
                            msg::relative_rule_groups_teachers_roster(bare, &list)
                        });
                        return None;
                    }
                }
            }
        }
        let against = self.required(
            r.against.as_ref(),
            span,
            msg::relative_rule_needs_against_max(),
        )?;
        let kind = self.keyword(
            against,
            &[
                ("max", Some(Against::Max)),
                ("最高", Some(Against::Max)),
                ("average", Some(Against::Average)),
                ("平均", Some(Against::Average)),
                ("rank", Some(Against::Rank(RankPoints::Linear))),
                ("排名", Some(Against::Rank(RankPoints::Linear))),
            ],
            None,
            |other| msg::against_max_average_rank_not(other),
        )?;
        if let (Some(ranks), false) = (&r.ranks, matches!(kind, Against::Rank(_))) {
            self.error(ranks.span(), msg::ranks_against_rank());
            return None;
        }
        let (against, points) = match (kind, &r.ranks, &r.points) {
            (Against::Rank(_), Some(ranks), None) => {
                let list: Vec<Decimal> = ranks.get_ref().iter().map(|n| n.0).collect();
                if list.is_empty() || list.iter().any(|p| *p < Decimal::ZERO) {
                    self.error(ranks.span(), msg::ranks_lists_points_rank_least());
                    return None;
                }
                let first = list[0];
                (Against::Rank(RankPoints::Table(list)), first)
            }
            (_, Some(ranks), Some(_)) => {
                self.error(ranks.span(), msg::give_points_rank_full_then());
                return None;
            }
            (kind, None, Some(p)) => (kind, self.positive(p, msg::points())?),
            (_, None, None) => {
                self.error(span.clone(), msg::relative_rule_needs_points_what());
                return None;
            }
            // `ranks` without `against = "rank"` was reported above.
            (Against::Max | Against::Average, Some(_), None) => return None,
        };
        let mean = match &r.combine {
            None => false,
            Some(c) => self.keyword(
                c,
                &[
                    ("sum", Some(false)),
                    ("合计", Some(false)),
                    ("mean", Some(true)),
                    ("平均", Some(true)),
                ],
                None,
                |other| msg::combine_sum_teacher_records_added(other),
            )?,
        };
        Some(RelativeRule {
            value,
            group,
            against,
            points,
            mean,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rubric::{compile, Effect, Limit, Rubric};

    /// A roster with subject and grade, a Q&A source, and `extra` after it.
    fn rubric(extra: &str) -> String {
        let head = crate::testkit::roster_head(
            "",
            "*名册*",
            "subject = { headers = [\"学科\"], type = \"text\" }\ngrade = { headers = [\"年级\"], type = \"integer\" }\n",
        );
        let item = crate::testkit::one_item(10);
        format!(
            r#"
{head}[sources.qa]
files = "*答疑*"
teacher = "id"
date = "date"
[sources.qa.fields]
id = {{ headers = ["工号"], type = "key" }}
date = {{ headers = ["日期"], type = "date" }}
class = {{ headers = ["班级"], type = "text" }}
minutes = {{ headers = ["时长"], type = "integer" }}
[sources.manual]
files = "*人工*"
teacher = "id"
[sources.manual.fields]
id = {{ headers = ["工号"], type = "key" }}
score = {{ headers = ["分数"], type = "decimal" }}
{item}{extra}
"#
        )
    }

    fn ok(extra: &str) -> Rubric {
        match compile("r.toml", &rubric(extra)) {
            Ok(r) => r,
            Err(e) => panic!("{e:?}"),
        }
    }

    /// Each problem as (the text its caret underlines, its message).
    fn errors(extra: &str) -> Vec<(String, String)> {
        let all = crate::testkit::refusals(&rubric(extra));
        all.into_iter().map(|(_, under, en)| (under, en)).collect()
    }

    const TABLE: &str = r#"
[tables.qa_minutes]
keys = ["subject"]
row = [{ key = ["语文"], value = 60 }, { key = ["音乐"], value = 30 }]
[tables.hours]
keys = ["subject", "band"]
row = [
  { key = ["数学", "3-6"], value = 5 },
  { key = ["数学", "3-6"], value = 6.5, from = 2022-04-20 },
]
"#;

    fn window(rule: &str) -> String {
        format!("[[item.rule]]\nkind = \"window\"\nsource = \"qa\"\n{rule}\n{TABLE}")
    }

    #[test]
    fn a_window_rule_compiles_with_a_table_limit() {
        let r = ok(&window(
            "window = \"day\"\ngroup = \"class\"\nvalue = \"minutes\"\nat_least = 'table(\"qa_minutes\", teacher.subject)'\npoints = 1",
        ));
        let Effect::Window(w) = &r.items[0].rules[0].effect else {
            panic!("not a window rule");
        };
        assert_eq!(w.group, [2]);
        assert!(matches!(w.at_least, Some(Limit::PerTeacher(_))));
        assert_eq!(r.items[0].start, crate::rubric::Start::Max);
        assert_eq!(r.tables.len(), 2);
    }

    #[test]
    fn window_rule_errors_point_at_the_fault() {
        let e = errors(&window("window = \"month\"\nat_least = 1\npoints = 1"));
        assert_eq!(
            e,
            [(
                "\"month\"".into(),
                "window is `day` or `week`, not `month`".into()
            )]
        );
        let e = errors(&window(
            "window = \"day\"\ngroup = \"klass\"\nat_least = 1\npoints = 1",
        ));
        assert_eq!(e[0].0, "\"klass\"");
        assert!(
            e[0].1
                .starts_with("source `qa` has no field `klass` to group by"),
            "{e:?}"
        );
        let e = errors(&window("window = \"day\"\npoints = 1"));
        assert!(e[0].1.contains("needs `at_least`"), "{e:?}");
        let e = errors(&window(
            "window = \"day\"\nat_least = 5\nat_most = 3\npoints = 1",
        ));
        assert_eq!(
            e[0],
            (
                "3".into(),
                "at_most 3 is below at_least 5: no window could pass".into()
            )
        );
        // A limit reads the teacher, not the records.
        let e = errors(&window(
            "window = \"day\"\nat_least = 'minutes * 2'\npoints = 1",
        ));
        assert_eq!(e[0].0, "minutes");
        assert!(e[0].1.contains("worked out once per teacher"), "{e:?}");
        // A source without a date cannot be placed in windows.
        let e = errors(
            "[[item.rule]]\nkind = \"window\"\nsource = \"manual\"\nwindow = \"day\"\nat_least = 1\npoints = 1",
        );
        assert_eq!(e[0].0, "\"manual\"");
        assert!(e[0].1.contains("names no `date` field"), "{e:?}");
        // Window keys on other kinds are refused, not ignored.
        let e = errors(
            "[[item.rule]]\nkind = \"deduct\"\nsource = \"qa\"\npoints = 1\nwindow = \"day\"",
        );
        assert!(
            e[0].1
                .contains("`window` does not apply to a `deduct` rule"),
            "{e:?}"
        );
    }

    #[test]
    fn table_calls_are_checked_at_load() {
        let limit = |expr: &str| {
            errors(&window(&format!(
                "window = \"day\"\nat_least = '{expr}'\npoints = 1"
            )))
        };
        let e = limit("table(\"qa_minute\", teacher.subject)");
        assert_eq!(e[0].0, "\"qa_minute\"");
        assert!(
            e[0].1.starts_with(
                "no table `qa_minute`; tables: qa_minutes, hours; did you mean `qa_minutes`?"
            ),
            "{e:?}"
        );
        let e = limit("table(\"qa_minutes\", teacher.subject, teacher.grade)");
        assert!(
            e[0].1.starts_with(
                "table `qa_minutes` takes 1 argument(s) after its name (subject), not 2"
            ),
            "{e:?}"
        );
        let e = limit("table(\"qa_minutes\", \"化学\")");
        assert_eq!(e[0].0, "\"化学\"");
        assert!(
            e[0].1.starts_with(
                "`化学` is not a key of table `qa_minutes` (subject); its keys there: 语文, 音乐"
            ),
            "{e:?}"
        );
        // A dated table needs the date to look up.
        let e = limit("table(\"hours\", teacher.subject, teacher.grade)");
        assert!(e[0].1.contains("its values change on dates"), "{e:?}");
        // With the date, it compiles (in a record expression that has one).
        ok(&format!(
            "[[item.rule]]\nkind = \"proportional\"\nsource = \"qa\"\nvalue = 'table(\"hours\", teacher.subject, teacher.grade, date)'\nrate = 1\n{TABLE}"
        ));
    }

    #[test]
    fn table_and_calendar_definitions_are_strict() {
        let e = errors(
            "[[item.rule]]\nkind = \"bonus\"\nsource = \"qa\"\npoints = 1\n[tables.t]\nkeys = [\"a\", \"b\"]\nrow = [{ key = [\"x\"], value = 1 }]",
        );
        assert!(
            e[0].1
                .starts_with("this row has 1 key(s), but the table's keys are 2"),
            "{e:?}"
        );
        let e = errors(
            "[[item.rule]]\nkind = \"bonus\"\nsource = \"qa\"\npoints = 1\n[tables.t]\nkeys = [\"a\"]\nrow = [{ key = [\"x\"], value = 1 }, { key = [\"x\"], value = 2 }]",
        );
        assert!(e[0].1.starts_with("a second value for x"), "{e:?}");
        let e = errors(
            "[[item.rule]]\nkind = \"bonus\"\nsource = \"qa\"\npoints = 1\n[calendar]\nholidays = [2022-04-03]\nworkdays = [2022-04-06]",
        );
        assert_eq!(e[0].0, "2022-04-03");
        assert!(
            e[0].1.contains("is a Sunday, already no school day"),
            "{e:?}"
        );
        assert_eq!(e[1].0, "2022-04-06");
        assert!(e[1].1.contains("already a school day"), "{e:?}");
        let e = errors(
            "[[item.rule]]\nkind = \"bonus\"\nsource = \"qa\"\npoints = 1\n[calendar]\nholidays = [\"4月4日\"]",
        );
        assert!(e[0].1.contains("is not a day"), "{e:?}");
        let r = ok(
            "[[item.rule]]\nkind = \"bonus\"\nsource = \"qa\"\npoints = 1\n[calendar]\nfrom = 2022-04-01\nto = \"2022-04-30\"\nholidays = [2022-04-04]\nworkdays = [2022-04-02]",
        );
        assert_eq!(r.calendar.holidays.len(), 1);
        assert!(r.calendar.period.is_some());
    }

    fn relative(rule: &str) -> String {
        format!("[[item.rule]]\nkind = \"relative\"\nsource = \"qa\"\nvalue = \"minutes\"\n{rule}")
    }

    #[test]
    fn relative_rules_compile_and_refuse_mistakes() {
        let r = ok(&relative(
            "against = \"rank\"\ngroup = [\"teacher.grade\", \"subject\"]\nranks = [10, 8, 6]",
        ));
        let Effect::Relative(rel) = &r.items[0].rules[0].effect else {
            panic!("not relative");
        };
        assert_eq!(rel.group, [3, 2]);
        assert_eq!(r.items[0].start, crate::rubric::Start::Zero);
        let e = errors(&relative("against = \"median\"\npoints = 10"));
        assert_eq!(
            e[0],
            (
                "\"median\"".into(),
                "against is `max`, `average` or `rank`, not `median`".into()
            )
        );
        let e = errors(&relative(
            "against = \"max\"\ngroup = \"school\"\npoints = 10",
        ));
        assert!(e[0].1.contains("the roster has no `school`"), "{e:?}");
        let e = errors(&relative("against = \"max\"\nranks = [1]\npoints = 10"));
        assert!(
            e[0].1.contains("`ranks` is for `against = \"rank\"`"),
            "{e:?}"
        );
        let e = errors(&relative("against = \"max\""));
        assert!(e[0].1.contains("needs `points`"), "{e:?}");
    }
}
