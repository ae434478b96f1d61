//! The house rules docs/ARCHITECTURE.md describes, kept by a test: no
//! module imports one that imports it back (directly or round a longer
//! circle), and no source file holds more than 800 lines besides its tests.
//!
//! Modules are files: `src/engine/score.rs` is `engine::score`, a folder's
//! `mod.rs` (or `engine.rs` beside `engine/`) is `engine`. A module depends
//! on another when its code names a path into it (`crate::`, `super::`,
//! `self::`, or `kaohe::` from the binary); a parent declaring or
//! re-exporting its children is not a dependency. Test modules, comments
//! and doc links do not count.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::support::root;

/// The most lines a source file may hold outside its `#[cfg(test)]` module.
const MAX_LINES: usize = 800;

/// Files that are tests or test support as a whole.
fn is_test_file(path: &Path) -> bool {
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    name.starts_with("tests") || name == "testkit" || name == "fixture"
}

/// Every `.rs` file under `src/`, by its module path (`["engine", "score"]`).
fn modules() -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = root().join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .filter(|p| !is_test_file(p))
        .map(|p| {
            let rel = p.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|l| l == "mod") {
                parts.pop();
            }
            if parts == ["lib"] || parts == ["main"] {
                parts.clear();
            }
            (parts, p)
        })
        .collect()
}

/// Where a file's inline test module (`#[cfg(test)] mod tests { … }`)
/// starts; a test module in a file of its own (`mod tests;`) is not here.
fn test_module_start(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find("#[cfg(test)]\nmod ") {
        let at = from + at;
        let line_end = text[at + 17..]
            .find('\n')
            .map_or(text.len(), |n| at + 17 + n);
        if text[at..line_end].trim_end().ends_with('{') {
            return Some(at);
        }
        from = line_end;
    }
    None
}

/// The code of a file without its test module and its comments.
fn code(text: &str) -> String {
    let text = match test_module_start(text) {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string ("http://…") would cut the line short,
            // which at worst hides a path from this test, never invents one.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The number of lines before the test module.
fn lines_outside_tests(text: &str) -> usize {
    match test_module_start(text) {
        Some(at) => text[..at].lines().count(),
        None => text.lines().count(),
    }
}

/// Every path the code names, as segments from the crate root; `use` groups
/// (`crate::a::{b, c::d}`) are expanded.
fn paths(code: &str, module: &[String], is_mod_rs: bool) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let rest = &code[i..];
        let head = ["crate::", "kaohe::", "super::", "self::"]
            .into_iter()
            .find(|h| rest.starts_with(h));
        match head {
            Some(h) if starts_word => {
                // The module `super`/`self` are relative to: a `mod.rs` is
                // its folder's module, so its `self` is the folder.
                let _ = is_mod_rs;
                let base: Vec<String> = match h {
                    "super::" => module[..module.len().saturating_sub(1)].to_vec(),
                    "self::" => module.to_vec(),
                    _ => Vec::new(),
                };
                let (found, used) = tail(&code[i + h.len()..], base);
                out.extend(found);
                i += h.len() + used;
            }
            _ => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Reads `a::b::{c, d::e}` after a path head; returns the paths and the
/// bytes read.
fn tail(text: &str, mut base: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        let word = &text[start..i];
        if word == "super" {
            base.pop();
        } else if !word.is_empty() {
            base.push(word.to_string());
        }
        // `head::{…}` right after the head, or `a::b::{…}` further on.
        let group = if word.is_empty() && start == 0 && text.starts_with('{') {
            Some(1)
        } else if text[i..].starts_with("::{") {
            Some(3)
        } else {
            None
        };
        if let Some(skip) = group {
            i += skip;
            let mut found = Vec::new();
            loop {
                while i < bytes.len() && (bytes[i] as char).is_whitespace() {
                    i += 1;
                }
                if i >= bytes.len() || bytes[i] == b'}' {
                    return (found, i + 1);
                }
                let (inner, used) = tail(&text[i..], base.clone());
                found.extend(inner);
                i += used.max(1);
                while i < bytes.len() && matches!(bytes[i], b',' | b' ' | b'\n' | b'\t') {
                    i += 1;
                }
                // `a as b` inside a group.
                if text[i..].starts_with("as ") {
                    while i < bytes.len() && !matches!(bytes[i], b',' | b'}') {
                        i += 1;
                    }
                    if i < bytes.len() && bytes[i] == b',' {
                        i += 1;
                    }
                }
            }
        }
        if text[i..].starts_with("::") && !word.is_empty() {
            i += 2;
            continue;
        }
        return (vec![base], i);
    }
}

/// The paths that go through `module` by its last name (`cmd::score::X`
/// after `use crate::cmd;`).
fn named_through(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let name = format!("{}::", module[module.len() - 1]);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find(&name) {
        let at = from + at;
        let before = code[..at].chars().next_back();
        let after_path = code[..at].ends_with("::");
        if !after_path && !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            let (paths, used) = tail(&code[at + name.len()..], module.to_vec());
            out.extend(paths);
            from = at + name.len() + used.max(1);
        } else {
            from = at + name.len();
        }
    }
    out
}

/// Each module's dependencies on other modules.
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let mut graph = BTreeMap::new();
    for (module, path) in &modules {
        let text = std::fs::read_to_string(path).unwrap();
        let is_mod_rs = path.file_name().is_some_and(|n| n == "mod.rs");
        let code = code(&text);
        let mut found = paths(&code, module, is_mod_rs);
        // A module brought in by name (`use crate::cmd;`, `{self, …}`) is
        // then named by it: `cmd::score::Args` is a path into `cmd::score`.
        let aliases: BTreeSet<Vec<String>> = found
            .iter()
            .map(|p| match p.last() {
                Some(last) if last == "self" => p[..p.len() - 1].to_vec(),
                _ => p.clone(),
            })
            .filter(|p| !p.is_empty() && modules.contains_key(p))
            .collect();
        for alias in aliases {
            found.extend(named_through(&code, &alias));
        }
        let mut deps = BTreeSet::new();
        for p in found {
            // The longest prefix that is a module of ours.
            let target = (1..=p.len())
                .rev()
                .map(|n| p[..n].to_vec())
                .find(|prefix| modules.contains_key(prefix));
            if let Some(target) = target {
                if &target != module {
                    deps.insert(target);
                }
            }
        }
        graph.insert(module.clone(), deps);
    }
    graph
}

/// The circles: strongly connected groups of more than one module.
fn circles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    // Kosaraju's two passes: finish order on the graph, then groups on the
    // reversed graph in reverse finish order.
    fn order(
        v: &Vec<String>,
        g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        seen: &mut BTreeSet<Vec<String>>,
        out: &mut Vec<Vec<String>>,
    ) {
        if !seen.insert(v.clone()) {
            return;
        }
        for w in g.get(v).into_iter().flatten() {
            order(w, g, seen, out);
        }
        out.push(v.clone());
    }
    let mut seen = BTreeSet::new();
    let mut finished = Vec::new();
    for v in graph.keys() {
        order(v, graph, &mut seen, &mut finished);
    }
    let mut reversed: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (v, ws) in graph {
        for w in ws {
            reversed.entry(w.clone()).or_default().insert(v.clone());
        }
    }
    let mut seen = BTreeSet::new();
    let mut groups = Vec::new();
    for v in finished.iter().rev() {
        let mut group = Vec::new();
        order(v, &reversed, &mut seen, &mut group);
        if group.len() > 1 {
            let mut names: Vec<String> = group.iter().map(|m| m.join("::")).collect();
            names.sort();
            groups.push(names);
        }
    }
    groups
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    let circles = circles(&graph);
    let shown: Vec<String> = circles
        .iter()
        .map(|c| {
            let edges: Vec<String> = c
                .iter()
                .flat_map(|a| {
                    let from: Vec<String> = a.split("::").map(String::from).collect();
                    graph[&from]
                        .iter()
                        .filter(|b| c.contains(&b.join("::")))
                        .map(move |b| format!("{a} → {}", b.join("::")))
                })
                .collect();
            edges.join(", ")
        })
        .collect();
    assert!(shown.is_empty(), "import circles:\n{}", shown.join("\n"));
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let m = |s: &str| vec![s.to_string()];
    let mut g = BTreeMap::new();
    g.insert(m("a"), BTreeSet::from([m("b")]));
    g.insert(m("b"), BTreeSet::from([m("c")]));
    g.insert(m("c"), BTreeSet::from([m("a")]));
    g.insert(m("d"), BTreeSet::from([m("a")]));
    assert_eq!(circles(&g), vec![vec!["a", "b", "c"]]);
    let found = paths(
        "use crate::x::{y::Z, w};\nuse super::{t, u::v};\nfn f() { super::q::r(); }",
        &["p".into(), "s".into()],
        false,
    );
    assert!(found.contains(&vec!["x".into(), "y".into(), "Z".into()]));
    assert!(found.contains(&vec!["x".into(), "w".into()]));
    assert!(found.contains(&vec!["p".into(), "q".into(), "r".into()]));
    assert!(found.contains(&vec!["p".into(), "t".into()]));
    assert!(found.contains(&vec!["p".into(), "u".into(), "v".into()]));
    let text = "fn a() {}\n#[cfg(test)]\nmod tests_b;\nfn b() {}\n#[cfg(test)]\nmod tests {\n}\n";
    assert_eq!(lines_outside_tests(text), 4);
}

#[test]
fn no_source_file_is_over_800_lines_besides_its_tests() {
    let long: Vec<String> = modules()
        .values()
        .filter_map(|path| {
            let n = lines_outside_tests(&std::fs::read_to_string(path).unwrap());
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", path.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines: {}",
        long.join(", ")
    );
}
