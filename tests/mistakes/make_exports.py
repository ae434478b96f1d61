"""Cases about attendance exports as WeCom and DingTalk write them: `--`
for nothing, grouped two-level headers. Run through make.py. Each function
says what made the file it writes."""

import os

from make_values import attendance_of, folder, rubric_with

LATE = 'late_minutes = { headers = ["迟到时长(分钟)", "迟到分钟"], type = "integer", required = false, default = 0 }'
ATTENDANCE = '[sources.attendance]\nfiles = "*考勤*"\n'


def dashes(r):
    """The minutes of a punctual lesson written `--` (WeCom), some `/`."""
    if r[8] is None:
        r[8] = "/" if r[6] == "辅导" else "--"
    return r


def dashes_for_no_late_minutes():
    """0230's attendance (openpyxl) with every empty 迟到时长 written `--`
    (正课) or `/` (辅导), as WeCom writes a zero."""
    wb = attendance_of("0230", dashes)
    wb.save(os.path.join(folder("dashes-for-no-late-minutes"), "直播课考勤_0230.xlsx"))


def dashes_for_no_late_minutes_rubric():
    """The rubric of dashes-for-no-late-minutes: late_minutes reads `--`
    and `/` as nothing."""
    rubric_with("dashes-for-no-late-minutes", LATE,
                LATE[:-2] + ', placeholders = ["--", "/", "—"] }')


def dashes_without_placeholders():
    """0230's attendance (openpyxl) with one empty 迟到时长 written `--`,
    read by the sample's rubric, which has no placeholders."""
    def edit(r):
        if r[5] == "22-03-01 星期二" and r[6] == "辅导":
            r[8] = "--"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("dashes-without-placeholders"), "直播课考勤_0230.xlsx"))


def placeholder_that_is_a_number_rubric():
    """A rubric listing `0` as a placeholder of late_minutes, an integer."""
    rubric_with("placeholder-that-is-a-number", LATE,
                LATE[:-2] + ', placeholders = ["--", "0"] }')


def placeholder_in_a_required_status():
    """0230's attendance (openpyxl) with one 打卡结果 written `--`."""
    def edit(r):
        if r[5] == "22-03-02 星期三" and r[6] == "辅导":
            r[7] = "--"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("placeholder-in-a-required-status"), "直播课考勤_0230.xlsx"))


def placeholder_in_a_required_status_rubric():
    """The rubric of placeholder-in-a-required-status: `--` means nothing
    in every field of the attendance source."""
    rubric_with("placeholder-in-a-required-status", ATTENDANCE,
                ATTENDANCE + 'placeholders = ["--"]\n')


def wps_file(case, name):
    """An `.et` as WPS saves one: an OLE compound file; only its signature
    is written, since kaohe refuses the file by its name."""
    with open(os.path.join(folder(case), name), "wb") as f:
        f.write(bytes.fromhex("d0cf11e0a1b11ae1"))


def wps_et_beside_the_exports():
    """The sample's folder with 0230's attendance also saved by WPS as .et."""
    wps_file("wps-et-beside-the-exports", "直播课考勤_0230.et")


def wps_et_given_by_name():
    """A WPS .et given to --input by name."""
    wps_file("wps-et-given-by-name", "直播课考勤_2022年3月.et")


CASES = {
    name.replace("_", "-"): fn
    for name, fn in list(globals().items())
    if callable(fn) and fn.__module__ == __name__ and fn.__doc__
    and name not in ("dashes", "wps_file")
}
