//! The names people read for what a rubric's expressions refer to: a
//! field by its `label` or first header, a lookup table by its `label` or
//! name. Whoever puts an expression in words (the 规则 sheet, `explain`,
//! the 明细 lines, the slips) asks the rubric for these, so one field has
//! one name everywhere.

use super::expr::{FieldRef, Names};
use super::model::{Rubric, Source};

/// The names for expressions over one source's records, with the roster's
/// fields as `teacher.NAME`.
pub struct Naming<'r> {
    record: Option<&'r Source>,
    teacher: Option<&'r Source>,
    rubric: &'r Rubric,
}

impl Rubric {
    /// The names for an expression over the records of source `source`
    /// (a rule's `when`, `value`, a window's `charge`).
    pub fn naming(&self, source: usize) -> Naming<'_> {
        Naming {
            record: self.sources.get(source),
            teacher: self.sources.get(self.roster.source),
            rubric: self,
        }
    }

    /// The names for an expression over the roster's rows (an adjustment's `when`).
    pub fn roster_naming(&self) -> Naming<'_> {
        self.naming(self.roster.source)
    }
}

impl Names for Naming<'_> {
    fn field(&self, at: FieldRef) -> String {
        let (source, slot) = match at {
            FieldRef::Record(i) => (self.record, i),
            FieldRef::Teacher(i) => (self.teacher, i),
        };
        match source {
            Some(s) => s.field_name(slot),
            // Unreachable for a compiled rubric; say what is known.
            None => format!("#{slot}"),
        }
    }

    fn table(&self, name: &str) -> String {
        self.rubric
            .tables
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.label.clone())
            .unwrap_or_else(|| name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn rubric(extra_field: &str, source_label: &str, table_label: &str) -> Rubric {
        let head = crate::testkit::roster_head(
            &format!(
                "[tables.qa]\nkeys = [\"subject\"]\n{table_label}\nrow = [{{ key = [\"语文\"], value = 60 }}]\n"
            ),
            "*名册*.xlsx",
            "subject = { headers = [\"学科\", \"任教学科\"], type = \"text\" }\n",
        );
        let item = crate::testkit::one_item(10);
        let text = format!(
            r#"{head}[sources.qa]
files = ["*答疑*", "*QA*"]
teacher = "id"
{source_label}
[sources.qa.fields]
id = {{ headers = ["工号"], type = "key" }}
minutes = {{ headers = ["答疑时长(分钟)"], type = "integer"{extra_field} }}
{item}[[item.rule]]
kind = "deduct"
source = "qa"
when = 'minutes < table("qa", teacher.subject)'
points = 1
"#
        );
        crate::rubric::compile("t.toml", &text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn when(r: &Rubric) -> String {
        let rule = &r.items[0].rules[0];
        let when = rule.when.as_ref().unwrap();
        when.say(&r.naming(rule.source)).get(Locale::Zh).to_string()
    }

    #[test]
    fn a_field_is_named_by_its_first_header_a_table_and_source_by_their_ids_or_patterns() {
        let r = rubric("", "", "");
        assert_eq!(when(&r), "答疑时长(分钟)少于按学科查表「qa」的值");
        assert_eq!(r.sources[0].display_name(), "名册");
        assert_eq!(r.sources[1].display_name(), "答疑");
    }

    #[test]
    fn labels_name_a_field_a_table_and_a_source() {
        let r = rubric(
            r#", label = "答疑时长""#,
            r#"label = "线上答疑""#,
            r#"label = "答疑时长标准""#,
        );
        assert_eq!(when(&r), "答疑时长少于按学科查表「答疑时长标准」的值");
        assert_eq!(r.sources[1].display_name(), "线上答疑");
    }

    #[test]
    fn a_blank_label_is_refused_at_its_line() {
        let text =
            "[rubric]\nname = \"t\"\n[roster]\nsource = \"r\"\nkey = \"id\"\nname = \"id\"\n\
                    [sources.r]\nfiles = \"r.csv\"\nlabel = \"\"\n[sources.r.fields]\n\
                    id = { headers = [\"工号\"], type = \"key\" }\n";
        let e = crate::rubric::compile("t.toml", text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.toml:9:"), "{e}");
        assert!(e.contains("cannot be blank"), "{e}");
    }
}
