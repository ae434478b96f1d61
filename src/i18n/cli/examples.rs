//! Each command's examples and exit codes, shown after its `--help`.

// --- examples and exit codes, one entry per command
crate::messages! {
    /// After `kaohe score --help`.
    examples_score {
        en: "\
Examples:
  kaohe score --rubric rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03 \\
              --out 2022-03.xlsx
  kaohe score --rubric r.toml --input 考勤.xlsx --input 名册.xlsx \\
              --from 2022-03-01 --to 2022-03-15 --out a.xlsx --json
  kaohe score --rubric r.toml --input 2022-03/ --period 2022-03 \\
              --out 2022-03.xlsx --slips --rows-per-page 20
  kaohe score --rubric r.toml --input 2022-03/ --period 2022-03 --format csv \\
              --quiet > 2022-03.csv
  kaohe --lang en score --rubric r.toml --input 2022-03/ --period 2022-03 \\
                        --out 2022-03-en.xlsx

A district: one folder per school (district/一中/, district/二中/ …), each
scored on its own (quotas, group scaling and ranks within the school):
  kaohe score --rubric r.toml --input district/ --by-school --period 2022-03 \\
              --out out/ --json
writes out/一中.xlsx … (each what scoring that folder alone writes) and
out/区汇总.xlsx (district-summary.xlsx with --lang en); a school with data
problems gets no workbook and is listed as 失败, and the others are still
scored.

Exit codes: 0 scored; 2 usage or rubric error; 3 input data error (with
--by-school: a school was not scored); 5 scored with --keep-going, but records
with data problems were skipped (listed in 数据问题); 1 anything else.",
        zh: "\
示例：
  kaohe score --rubric rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03 \\
              --out 2022-03.xlsx
  kaohe score --rubric r.toml --input 考勤.xlsx --input 名册.xlsx \\
              --from 2022-03-01 --to 2022-03-15 --out a.xlsx --json
  kaohe score --rubric r.toml --input 2022-03/ --period 2022-03 \\
              --out 2022-03.xlsx --slips --rows-per-page 20
  kaohe score --rubric r.toml --input 2022-03/ --period 2022-03 --format csv \\
              --quiet > 2022-03.csv
  kaohe --lang en score --rubric r.toml --input 2022-03/ --period 2022-03 \\
                        --out 2022-03-en.xlsx

全区：每所学校一个文件夹（district/一中/、district/二中/ …），各校分别评分
（名额、组内折算和排名都在本校之内）：
  kaohe score --rubric r.toml --input district/ --by-school --period 2022-03 \\
              --out out/ --json
写出 out/一中.xlsx …（与单独为该文件夹评分所写的相同）和 out/区汇总.xlsx
（加 --lang en 时为 district-summary.xlsx）；有数据问题的学校不写工作簿，
列为失败，其他学校照常评分。

退出码：0 已评分；2 用法或方案错误；3 输入数据错误（--by-school 时：
有学校未评分）；5 已按 --keep-going 评分，但跳过了有数据问题的记录
（列在 数据问题 中）；1 其他错误。",
    }
    /// After `kaohe diff --help`.
    examples_diff {
        en: "\
Examples:
  kaohe diff --rubric rubrics/fangan5-online-teaching.toml \\
             --against new.toml --input examples/fangan5-online-teaching \\
             --period 2022-03 --out diff.xlsx
  kaohe diff --old 2022-03.xlsx --new 2022-03-recomputed.xlsx --json
  kaohe diff --rubric old.toml --against new.toml --input 三月 \\
             --period 2022-03 --fail-on-change

Exit codes: 0 compared (changes or not); 4 changes found with
--fail-on-change; 2 usage or rubric error; 3 input data error (or a workbook
kaohe did not write); 1 anything else.",
        zh: "\
示例：
  kaohe diff --rubric rubrics/fangan5-online-teaching.toml \\
             --against new.toml --input examples/fangan5-online-teaching \\
             --period 2022-03 --out diff.xlsx
  kaohe diff --old 2022-03.xlsx --new 2022-03-recomputed.xlsx --json
  kaohe diff --rubric old.toml --against new.toml --input 三月 \\
             --period 2022-03 --fail-on-change

退出码：0 已比较（无论有无变化）；4 加了 --fail-on-change 且有变化；
2 用法或方案错误；3 输入数据错误（或工作簿不是 kaohe 写出的）；1 其他错误。",
    }
    /// After `kaohe explain --help`.
    examples_explain {
        en: "\
Examples:
  kaohe explain --teacher 10003 \\
                --rubric rubrics/fangan5-online-teaching.toml \\
                --input examples/fangan5-online-teaching --period 2022-03
  kaohe explain --teacher 张三 --rubric r.toml --input 三月 --period 2022-03 \\
                --json

Exit codes: 0 explained; 2 usage or rubric error (an unknown teacher lists
close keys, a name several teachers share lists their 工号); 3 input data
error; 1 anything else.",
        zh: "\
示例：
  kaohe explain --teacher 10003 \\
                --rubric rubrics/fangan5-online-teaching.toml \\
                --input examples/fangan5-online-teaching --period 2022-03
  kaohe explain --teacher 张三 --rubric r.toml --input 三月 --period 2022-03 \\
                --json

退出码：0 已说明；2 用法或方案错误（找不到教师时列出相近的工号，
多位教师同名时列出各自的工号）；3 输入数据错误；1 其他错误。",
    }
    /// After `kaohe check --help`.
    examples_check {
        en: "\
Examples:
  kaohe check rubrics/fangan5-online-teaching.toml
  kaohe check rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03

Exit codes: 0 no errors (warnings allowed); 2 errors in the rubric; 3 errors
in the inputs; 1 anything else.",
        zh: "\
示例：
  kaohe check rubrics/fangan5-online-teaching.toml
  kaohe check rubrics/fangan5-online-teaching.toml \\
              --input examples/fangan5-online-teaching --period 2022-03

退出码：0 没有错误（可以有警告）；2 方案有错误；3 输入有错误；1 其他错误。",
    }
    /// After `kaohe test --help`.
    examples_test {
        en: "\
Examples:
  kaohe test rubrics/fangan5-online-teaching.toml
  kaohe test my.toml --tests cases/my.tests.toml

Exit codes: 0 every case passed and every rule is exercised; 4 a case failed
or a rule is untested; 2 usage, rubric or tests-file error; 1 anything else.",
        zh: "\
示例：
  kaohe test rubrics/fangan5-online-teaching.toml
  kaohe test my.toml --tests cases/my.tests.toml

退出码：0 所有用例通过，且每条规则都有用例覆盖；
4 有用例未通过或有规则未被测试；2 用法、方案或测试文件错误；1 其他错误。",
    }
    /// After `kaohe analyze --help`.
    examples_analyze {
        en: "\
Examples:
  kaohe analyze --rubric rubrics/fangan13-ethics.toml \\
                --input examples/fangan13-ethics
  kaohe analyze --rubric r.toml --input 三月 --period 2022-03 \\
                --rater-gap 15 --out 分析.xlsx

Each rule is taken out in turn and the inputs scored again: one more run
per rule.
Exit codes: 0 reported; 2 usage or rubric error; 3 input data error;
1 anything else.",
        zh: "\
示例：
  kaohe analyze --rubric rubrics/fangan13-ethics.toml \\
                --input examples/fangan13-ethics
  kaohe analyze --rubric r.toml --input 三月 --period 2022-03 \\
                --rater-gap 15 --out 分析.xlsx

逐条去掉一条规则并重新评分：每条规则多评一次。
退出码：0 已出报告；2 用法或方案错误；3 输入数据错误；1 其他错误。",
    }
    /// After `kaohe publish --help`.
    examples_publish {
        en: "\
Examples:
  kaohe publish --rubric rubrics/fangan13-ethics.toml \\
                --input examples/fangan13-ethics --out 公示
  kaohe publish --rubric r.toml --input 三月 --period 2022-03 --out 公示 --pdf

What the list shows is the rubric's [publish]: names masked (张*华), in full
or left out (工号 only), the total and the pay only when allowed. Nothing is
written when a slip holds another teacher's name or key.
Exit codes: 0 written; 4 the leak check failed; 2 usage or rubric error;
3 input data error; 1 anything else.",
        zh: "\
示例：
  kaohe publish --rubric rubrics/fangan13-ethics.toml \\
                --input examples/fangan13-ethics --out 公示
  kaohe publish --rubric r.toml --input 三月 --period 2022-03 --out 公示 --pdf

名单显示什么由方案的 [publish] 决定：姓名打码（张*华）、完整或不列
（只列工号），总分和绩效工资只在允许时列出。个人结果单含有其他教师的
姓名或工号时，不写出任何文件。
退出码：0 已写出；4 泄露检查未通过；2 用法或方案错误；3 输入数据错误；
1 其他错误。",
    }
    /// After `kaohe rollup --help`.
    examples_rollup {
        en: "\
Examples:
  kaohe score … --period 2022-03 --out 三月.xlsx --json > 三月.json
      (and so for each period)
  kaohe rollup --rubric rubrics/fangan5-online-teaching.toml \\
               --results 停课期间.json --results 复课后.json --out 学期.xlsx
  kaohe rollup --rubric r.toml --results 9月.xlsx --results 10月.xlsx \\
               --weight 1 --weight 1 --json
  kaohe rollup --rubric rubrics/fangan13-ethics.toml --results 9月.json \\
               --results 10月.json --weight 1 --weight 1 --out 学期.xlsx

Each period is weighted by its days unless --weight is given once per
--results, in the same order. A rubric with [quota] ranks the term totals
again within each school (rank and 等级依据 in the output).
Exit codes: 0 combined; 2 usage or rubric error; 3 results that cannot be
combined; 1 anything else.",
        zh: "\
示例：
  kaohe score … --period 2022-03 --out 三月.xlsx --json > 三月.json
      （每个期间各运行一次）
  kaohe rollup --rubric rubrics/fangan5-online-teaching.toml \\
               --results 停课期间.json --results 复课后.json --out 学期.xlsx
  kaohe rollup --rubric r.toml --results 9月.xlsx --results 10月.xlsx \\
               --weight 1 --weight 1 --json
  kaohe rollup --rubric rubrics/fangan13-ethics.toml --results 9月.json \\
               --results 10月.json --weight 1 --weight 1 --out 学期.xlsx

各期间按天数加权；如给出 --weight，则每个 --results 一个，顺序相同。
方案有 [quota] 时，学期总分在每所学校内重新排名（输出中的 名次 和 等级依据）。
退出码：0 已合并；2 用法或方案错误；3 结果无法合并；1 其他错误。",
    }
    /// After `kaohe init --help`.
    examples_init {
        en: "\
Examples:
  kaohe init 2022-03
  kaohe init 2022-03 --from fangan5-online-teaching --lang en
  kaohe init . --force

Then fill in the templates under <DIR>/inputs/ and run
  kaohe score --rubric <DIR>/rubric.toml --input <DIR>/inputs \\
              --period 2022-03 --out 2022-03.xlsx

Ready rubrics (--from):
  fangan5-online-teaching  方案5 线上过程教学, 100 分
  fangan5-full             方案5 全方案, 1000 分
  fangan13-ethics          方案13 师德, graded by quota
  fangan3-it-points        方案3 信息化积分
  daily-minimums           方案1, 2, 11, 14 底线, 100 分
  fangan7-daily-times      方案7 固定时间, 40 分
  wecom-attendance         WeCom 上下班打卡 日报 as downloaded, 100 分
  dingtalk-attendance      DingTalk 考勤报表 每日统计 as downloaded, 100 分",
        zh: "\
示例：
  kaohe init 2022-03
  kaohe init 2022-03 --from fangan5-online-teaching --lang en
  kaohe init . --force

然后填写 <DIR>/inputs/ 下的模板，再运行
  kaohe score --rubric <DIR>/rubric.toml --input <DIR>/inputs \\
              --period 2022-03 --out 2022-03.xlsx

现成方案（--from）：
  fangan5-online-teaching  方案5 线上过程教学，100 分
  fangan5-full             方案5 全方案，1000 分
  fangan13-ethics          方案13 师德，按名额评定等级
  fangan3-it-points        方案3 信息化积分
  daily-minimums           方案1、2、11、14 底线，100 分
  fangan7-daily-times      方案7 固定时间，40 分
  wecom-attendance         企业微信上下班打卡日报（按下载原样），100 分
  dingtalk-attendance      钉钉考勤报表·每日统计（按下载原样），100 分",
    }
    /// After `kaohe completions --help`.
    examples_completions {
        en: "\
Examples:
  kaohe completions bash > ~/.local/share/bash-completion/completions/kaohe
  kaohe completions zsh > ~/.zfunc/_kaohe
  kaohe completions fish > ~/.config/fish/completions/kaohe.fish
  kaohe completions powershell >> $PROFILE",
        zh: "\
示例：
  kaohe completions bash > ~/.local/share/bash-completion/completions/kaohe
  kaohe completions zsh > ~/.zfunc/_kaohe
  kaohe completions fish > ~/.config/fish/completions/kaohe.fish
  kaohe completions powershell >> $PROFILE",
    }
    /// After `kaohe man --help`.
    examples_serve {
        en: "\
Examples:
  kaohe serve
  kaohe serve --port 8080 --no-open
  kaohe serve --lang en

The page is served on this computer only (127.0.0.1) unless --bind is given;
Ctrl-C stops it and removes the files it was given.
Exit codes: 130 stopped by Ctrl-C; 2 usage error (an address it cannot
listen on); 1 anything else.",
        zh: "\
示例：
  kaohe serve
  kaohe serve --port 8080 --no-open
  kaohe serve --lang en

除非指定 --bind，页面只在本机（127.0.0.1）上提供；
按 Ctrl-C 停止，并删除收到的文件。
退出码：130 已按 Ctrl-C 停止；2 用法错误（无法监听的地址）；1 其他错误。",
    }
    /// `kaohe man`.
    examples_man {
        en: "\
Examples:
  kaohe man | man -l -
  kaohe man > /usr/local/share/man/man1/kaohe.1",
        zh: "\
示例：
  kaohe man | man -l -
  kaohe man > /usr/local/share/man/man1/kaohe.1",
    }
}
