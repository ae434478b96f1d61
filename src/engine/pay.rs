//! Performance pay from the graded outcome (`[pay]`): each teacher's weight
//! (total, points above a base, or the grade's coefficient), the pool shared
//! in proportion within the floor and ceiling, then rounded to whole units
//! by largest remainder so that the amounts add up to the pool exactly.
//! Every amount keeps its exact share and the weight behind it.

use rust_decimal::Decimal;

use super::arith::{self, Checked};
use super::error::ScoreError;
use super::outcome::{PayLine, PayOutcome, PoolResult, TeacherResult};
use crate::i18n::engine as msg;
use crate::rubric::{Pay, PayMethod, Pools, VetoedPay};

/// Pays every teacher of `results` as `pay` says. `groups` is each
/// teacher's value of the pay scope's roster field, when pools are by group.
///
/// # Errors
/// [`ScoreError::Pay`]: a group with no pool, or a pool that the floor and
/// ceiling cannot meet.
pub(crate) fn pay(
    pay: &Pay,
    groups: &[Option<String>],
    results: &mut [TeacherResult],
) -> Result<PayOutcome, ScoreError> {
    // The pools, in the order written, and which teachers share each.
    let mut pools: Vec<(Option<String>, Option<Decimal>, Vec<usize>)> = match &pay.pools {
        Pools::None => vec![(None, None, (0..results.len()).collect())],
        Pools::One(p) => vec![(None, Some(*p), (0..results.len()).collect())],
        Pools::ByGroup { pools, .. } => pools
            .iter()
            .map(|(g, p)| (Some(g.clone()), Some(*p), Vec::new()))
            .collect(),
    };
    if let Pools::ByGroup { name, .. } = &pay.pools {
        for (t, group) in groups.iter().enumerate() {
            let value = group.clone().unwrap_or_default();
            match pools
                .iter_mut()
                .find(|(g, _, _)| g.as_deref() == Some(&value))
            {
                Some((_, _, members)) => members.push(t),
                None => {
                    let teacher = &results[t];
                    return Err(ScoreError::Pay(msg::pay_group_without_pool(
                        &teacher.key,
                        &teacher.name,
                        name,
                        &value,
                    )));
                }
            }
        }
    }
    let mut out = Vec::with_capacity(pools.len());
    for (index, (group, pool, members)) in pools.into_iter().enumerate() {
        out.push(share(pay, index, group, pool, &members, results)?);
    }
    Ok(PayOutcome { pools: out })
}

/// One pool shared among `members`.
fn share(
    pay: &Pay,
    index: usize,
    group: Option<String>,
    pool: Option<Decimal>,
    members: &[usize],
    results: &mut [TeacherResult],
) -> Result<PoolResult, ScoreError> {
    let vetoed = |t: &TeacherResult| pay.vetoed == VetoedPay::Zero && !t.vetoes.is_empty();
    let overflow = || ScoreError::Pay(msg::pay_overflow());
    // Who shares, and by what weight.
    let mut sharing: Vec<(usize, Decimal)> = Vec::new();
    for &t in members {
        let r = &results[t];
        if vetoed(r) {
            continue;
        }
        let weight = match &pay.method {
            PayMethod::Share => r.total.max(Decimal::ZERO),
            PayMethod::ShareAbove(base) => r
                .total
                .minus(*base)
                .map_err(|_| overflow())?
                .max(Decimal::ZERO),
            PayMethod::Coefficient(c) | PayMethod::Fixed(c) => {
                r.grade.and_then(|g| c.get(g)).copied().unwrap_or_default()
            }
        };
        sharing.push((t, weight));
    }
    let group_name = match &group {
        Some(g) => msg::pay_pool_group(g),
        None => crate::i18n::Text::default(),
    };
    let Some(pool) = pool else {
        // Fixed amounts: nothing to share, the weight is the amount.
        let mut paid = Decimal::ZERO;
        for &t in members {
            let amount = sharing
                .iter()
                .find(|(s, _)| *s == t)
                .map_or(Decimal::ZERO, |s| s.1);
            paid = paid.plus(amount).map_err(|_| overflow())?;
            results[t].pay = Some(PayLine {
                amount,
                exact: amount,
                weight: amount,
                vetoed: vetoed(&results[t]),
                pool: index,
            });
        }
        return Ok(PoolResult {
            group,
            pool: None,
            paid,
            teachers: members.len(),
            rate: None,
            unshared: false,
        });
    };
    let floor = pay.floor.unwrap_or_default();
    let unpaid = |results: &mut [TeacherResult]| {
        for &t in members {
            results[t].pay = Some(PayLine {
                amount: Decimal::ZERO,
                exact: Decimal::ZERO,
                weight: Decimal::ZERO,
                vetoed: vetoed(&results[t]),
                pool: index,
            });
        }
    };
    // No one to share the pool by (every teacher vetoed, or none above the
    // base, and no floor): nothing is paid, and the run says so.
    if sharing.is_empty() || (floor.is_zero() && sharing.iter().all(|(_, w)| w.is_zero())) {
        unpaid(results);
        return Ok(PoolResult {
            group,
            pool: Some(pool),
            paid: Decimal::ZERO,
            teachers: members.len(),
            rate: None,
            unshared: true,
        });
    }
    let (least, most) = bounds(&sharing, floor, pay.ceiling).map_err(|_| overflow())?;
    if pool < least {
        return Err(ScoreError::Pay(msg::pay_pool_below_floors(
            &group_name,
            pool.normalize(),
            sharing.len(),
            floor.normalize(),
            least.normalize(),
        )));
    }
    if let Some(most) = most.filter(|m| pool > *m) {
        return Err(ScoreError::Pay(msg::pay_pool_above_ceilings(
            &group_name,
            pool.normalize(),
            sharing.len(),
            most.normalize(),
        )));
    }
    let rate = rate(&sharing, pool, floor, pay.ceiling).ok_or_else(overflow)?;
    let exact: Vec<Decimal> = sharing
        .iter()
        .map(|(_, w)| clamp(rate.checked_mul(*w), floor, pay.ceiling))
        .collect::<Option<_>>()
        .ok_or_else(overflow)?;
    let amounts = largest_remainder(&exact, pool, pay.unit, |i| {
        let t = &results[sharing[i].0];
        (t.total, i)
    })
    .ok_or_else(overflow)?;
    unpaid(results);
    for (((t, weight), exact), amount) in sharing.iter().zip(&exact).zip(&amounts) {
        results[*t].pay = Some(PayLine {
            amount: *amount,
            exact: *exact,
            weight: *weight,
            vetoed: false,
            pool: index,
        });
    }
    Ok(PoolResult {
        group,
        pool: Some(pool),
        paid: arith::sum(amounts.iter().copied()).map_err(|_| overflow())?,
        teachers: members.len(),
        rate: Some(rate),
        unshared: false,
    })
}

/// The least and most a pool can pay out to `sharing` within the floor and
/// ceiling (`None`: no most, some weight can take any amount).
fn bounds(
    sharing: &[(usize, Decimal)],
    floor: Decimal,
    ceiling: Option<Decimal>,
) -> Result<(Decimal, Option<Decimal>), arith::Overflow> {
    let mut least = Decimal::ZERO;
    let mut most = Some(Decimal::ZERO);
    for (_, w) in sharing {
        least = least.plus(floor)?;
        most = match (most, ceiling) {
            (Some(m), Some(c)) if !w.is_zero() => Some(m.plus(c)?),
            (Some(m), _) if w.is_zero() => Some(m.plus(floor)?),
            _ => None,
        };
    }
    Ok((least, most))
}

/// `rate × weight`, held within the floor and ceiling.
fn clamp(amount: Option<Decimal>, floor: Decimal, ceiling: Option<Decimal>) -> Option<Decimal> {
    let a = amount?.max(floor);
    Some(ceiling.map_or(a, |c| a.min(c)))
}

/// The amount per unit of weight at which the clamped amounts add up to
/// `pool`. The sum rises with the rate, in straight pieces between the
/// rates where a teacher reaches the floor or the ceiling: the piece that
/// holds `pool` is found among those breakpoints, and solved exactly.
fn rate(
    sharing: &[(usize, Decimal)],
    pool: Decimal,
    floor: Decimal,
    ceiling: Option<Decimal>,
) -> Option<Decimal> {
    let weights: Vec<Decimal> = sharing
        .iter()
        .map(|(_, w)| *w)
        .filter(|w| !w.is_zero())
        .collect();
    if weights.is_empty() {
        // Every share is the floor (the bounds made the pool exactly that).
        return Some(Decimal::ZERO);
    }
    let total = |rate: Decimal| -> Option<Decimal> {
        let mut sum = Decimal::ZERO;
        for (_, w) in sharing {
            sum = sum.checked_add(clamp(rate.checked_mul(*w), floor, ceiling)?)?;
        }
        Some(sum)
    };
    let mut breaks: Vec<Decimal> = vec![Decimal::ZERO];
    for w in &weights {
        breaks.push(floor.checked_div(*w)?);
        if let Some(c) = ceiling {
            breaks.push(c.checked_div(*w)?);
        }
    }
    breaks.sort();
    breaks.dedup();
    // The first breakpoint whose total reaches the pool closes the piece.
    let mut low = Decimal::ZERO;
    for &b in &breaks {
        if total(b)? >= pool {
            if total(b)? == pool {
                return Some(b);
            }
            break;
        }
        low = b;
    }
    // Inside (low, next): each teacher is at the floor, at the ceiling, or
    // free (rate × weight); solve pool = fixed + rate × free weight.
    let probe = low.checked_add(Decimal::ONE)?;
    let probe = breaks
        .iter()
        .copied()
        .find(|b| *b > low)
        .map_or(Some(probe), |next| {
            low.checked_add(next)?.checked_div(Decimal::TWO)
        })?;
    let mut fixed = Decimal::ZERO;
    let mut free = Decimal::ZERO;
    for (_, w) in sharing {
        let at = probe.checked_mul(*w)?;
        if at <= floor {
            fixed = fixed.checked_add(floor)?;
        } else if ceiling.is_some_and(|c| at >= c) {
            fixed = fixed.checked_add(ceiling?)?;
        } else {
            free = free.checked_add(*w)?;
        }
    }
    pool.checked_sub(fixed)?.checked_div(free)
}

/// `exact` rounded down to whole `unit`s, then one unit more to the largest
/// remainders until they add up to `pool` (a pool of whole units). Equal
/// remainders go to the higher total, then the earlier teacher (`order`).
fn largest_remainder(
    exact: &[Decimal],
    pool: Decimal,
    unit: Decimal,
    order: impl Fn(usize) -> (Decimal, usize),
) -> Option<Vec<Decimal>> {
    let mut amounts = Vec::with_capacity(exact.len());
    let mut remainders = Vec::with_capacity(exact.len());
    for (i, e) in exact.iter().enumerate() {
        let units = e.checked_div(unit)?.floor();
        let down = units.checked_mul(unit)?;
        amounts.push(down);
        remainders.push((e.checked_sub(down)?, i));
    }
    let paid = arith::sum(amounts.iter().copied()).ok()?;
    let left = pool.checked_sub(paid)?.checked_div(unit)?.round();
    let left = usize::try_from(left.max(Decimal::ZERO).to_string().parse::<u64>().ok()?).ok()?;
    remainders.sort_by(|(ra, ia), (rb, ib)| {
        let (ta, oa) = order(*ia);
        let (tb, ob) = order(*ib);
        rb.cmp(ra).then(tb.cmp(&ta)).then(oa.cmp(&ob))
    });
    for (_, i) in remainders.into_iter().take(left) {
        amounts[i] = amounts[i].checked_add(unit)?;
    }
    Some(amounts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn weights(ws: &[&str]) -> Vec<(usize, Decimal)> {
        ws.iter().enumerate().map(|(i, w)| (i, d(w))).collect()
    }

    #[test]
    fn shares_add_up_to_the_pool_to_the_yuan() {
        // 100 yuan over three equal totals: 33.33… each, the extra yuan to
        // the first of the equal remainders.
        let w = weights(&["90", "90", "90"]);
        let r = rate(&w, d("100"), Decimal::ZERO, None).unwrap();
        let exact: Vec<Decimal> = w.iter().map(|(_, x)| r.checked_mul(*x).unwrap()).collect();
        let got = largest_remainder(&exact, d("100"), Decimal::ONE, |i| (d("90"), i)).unwrap();
        assert_eq!(got, [d("34"), d("33"), d("33")]);
        // A jiao: 33.4, 33.3, 33.3.
        let got = largest_remainder(&exact, d("100"), d("0.1"), |i| (d("90"), i)).unwrap();
        assert_eq!(got, [d("33.4"), d("33.3"), d("33.3")]);
    }

    #[test]
    fn a_floor_binds_and_the_rest_share_what_is_left() {
        // Totals 90, 60, 10 and a 1,000 yuan pool with a floor of 200:
        // unbounded, 10 would get 62.5; held at 200, the others share 800
        // as 90 : 60 → 480 and 320.
        let w = weights(&["90", "60", "10"]);
        let r = rate(&w, d("1000"), d("200"), None).unwrap();
        assert_eq!(r, d("800").checked_div(d("150")).unwrap());
        let exact: Vec<Decimal> = w
            .iter()
            .map(|(_, x)| clamp(r.checked_mul(*x), d("200"), None).unwrap())
            .collect();
        assert_eq!(exact, [d("480"), d("320"), d("200")]);
        // A ceiling of 450 as well: 90 is held at 450, 60 takes 350.
        let r = rate(&w, d("1000"), d("200"), Some(d("450"))).unwrap();
        let exact: Vec<Decimal> = w
            .iter()
            .map(|(_, x)| clamp(r.checked_mul(*x), d("200"), Some(d("450"))).unwrap())
            .collect();
        assert_eq!(exact, [d("450"), d("350"), d("200")]);
        assert_eq!(
            bounds(&w, d("200"), Some(d("450"))).unwrap(),
            (d("600"), Some(d("1350")))
        );
    }
}
