//! Compiling `[publish]`: how names stand on the 公示 list and whether the
//! total and the pay do. Each mistake points at its line.

use toml::Spanned;

use super::Compiler;
use crate::i18n::rubric as msg;
use crate::rubric::file::PublishDef;
use crate::rubric::model::{NamesShown, Publish};

impl Compiler<'_> {
    pub(super) fn publish(&mut self, def: &Spanned<PublishDef>, has_pay: bool) -> Publish {
        let d = def.get_ref();
        let names = match d.names.as_ref() {
            None => NamesShown::Masked,
            Some(n) => self.keyword(
                n,
                &[
                    ("masked", NamesShown::Masked),
                    ("full", NamesShown::Full),
                    ("key_only", NamesShown::KeyOnly),
                ],
                NamesShown::Masked,
                |other| msg::publish_names_not(other),
            ),
        };
        let show_pay = match d.show_pay.as_ref() {
            Some(s) if *s.get_ref() && !has_pay => {
                self.error(s.span(), msg::publish_show_pay_without_pay());
                false
            }
            Some(s) => *s.get_ref(),
            None => false,
        };
        Publish {
            names,
            show_total: d.show_total.unwrap_or(false),
            show_pay,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rubric::compile;
    use crate::rubric::model::NamesShown;

    /// A whole rubric without `[pay]`, so a `[publish]` can be added at its end.
    const BASE: &str = include_str!("../../../rubrics/daily-minimums.toml");

    #[test]
    fn names_are_masked_unless_the_rubric_says_otherwise() {
        let r = compile("r.toml", &format!("{BASE}[publish]\nshow_total = true\n"))
            .map_err(|e| e.to_string())
            .and_then(|r| r.publish.ok_or_else(|| "no publish".to_string()));
        let p = r.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.names, NamesShown::Masked);
        assert!(p.show_total && !p.show_pay);
    }

    #[test]
    fn an_unknown_names_word_is_refused_at_its_line() {
        let Err(e) = compile("r.toml", &format!("{BASE}[publish]\nnames = \"partial\"\n")) else {
            panic!("accepted");
        };
        let said = e.to_string();
        // The line after `[publish]`, which follows the base's last line.
        let at = format!("r.toml:{}:", BASE.lines().count() + 2);
        assert!(said.contains("partial") && said.contains(&at), "{said}");
    }

    #[test]
    fn pay_cannot_be_shown_without_pay() {
        let Err(e) = compile("r.toml", &format!("{BASE}[publish]\nshow_pay = true\n")) else {
            panic!("accepted");
        };
        assert!(e.to_string().contains("[pay]"), "{e}");
    }
}
