//! Work spread over threads: the reading of a run's files and sources (one
//! thread per core), where each piece is bound by the processor and the
//! pieces are few and uneven in size, and a district's schools (as many
//! threads as `--jobs` asks).

use std::sync::Mutex;

/// Runs `work` over `items` on as many threads as there are cores: see
/// [`on_threads`].
pub fn in_parallel<I: Send, T: Send>(
    items: Vec<I>,
    work: impl Fn(I) -> T + Sync,
) -> Option<Vec<T>> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    on_threads(cores, items, work)
}

/// Runs `work` over `items` on up to `threads` threads (at most one per
/// item), each thread taking the next item in order, so the caller decides
/// what starts first (the largest, as the critical path). Returns the
/// results in the order of `items`; `None` if a thread stopped, since then
/// some results are missing.
pub fn on_threads<I: Send, T: Send>(
    threads: usize,
    items: Vec<I>,
    work: impl Fn(I) -> T + Sync,
) -> Option<Vec<T>> {
    let expected = items.len();
    let threads = threads.min(expected);
    if threads <= 1 {
        return Some(items.into_iter().map(work).collect());
    }
    let queue = Mutex::new(items.into_iter().enumerate());
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        // A poisoned lock means a thread stopped: the
                        // missing results say so below.
                        let next = match queue.lock() {
                            Ok(mut q) => q.next(),
                            Err(_) => None,
                        };
                        let Some((i, item)) = next else { break };
                        mine.push((i, work(item)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .filter_map(|w| w.join().ok())
            .flatten()
            .collect()
    });
    if done.len() != expected {
        return None;
    }
    done.sort_by_key(|(i, _)| *i);
    Some(done.into_iter().map(|(_, t)| t).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_order_of_the_items() {
        let items: Vec<u64> = (0..9).rev().collect();
        let first = items[0];
        let several = std::thread::available_parallelism().map_or(1, usize::from) > 1;
        // On several cores the first item ends last: it waits until every
        // other one is done, so the results arrive out of order.
        let others = (Mutex::new(0), std::sync::Condvar::new());
        let squares = in_parallel(items.clone(), |n| {
            let (done, changed) = &others;
            if n == first && several {
                let mut count = done.lock().unwrap();
                while *count < items.len() - 1 {
                    count = changed.wait(count).unwrap();
                }
            } else {
                *done.lock().unwrap() += 1;
                changed.notify_all();
            }
            n * n
        });
        assert_eq!(squares, Some(items.iter().map(|n| n * n).collect()));
    }

    #[test]
    fn a_thread_that_stops_is_told_not_hidden() {
        let result = std::panic::catch_unwind(|| {
            in_parallel(vec![1, 2, 3, 4], |n| {
                assert_ne!(n, 3, "stopped");
                n
            })
        });
        // `None` on several cores; on one the work runs on the caller's
        // thread and the panic reaches the caller.
        assert!(!matches!(result, Ok(Some(_))), "{result:?}");
    }
}
