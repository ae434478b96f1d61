"""Cases about appeals (申诉, `--appeals`): the sample school's appeals file
(examples/fangan13-ethics-appeals) as the office keeps it, with what the case
is about changed by Python as an office's other programs would. Run through
make.py."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "examples" / "fangan13-ethics-appeals"
ATTACHMENT = Path("附件") / "0306互评原始记录.txt"


def attachment_changed_after_hashing():
    """The attached record edited after its SHA-256 was written in 申诉.csv
    (the 互评 score raised from 90 to 95): the hash no longer matches."""
    text = (SAMPLE / ATTACHMENT).read_text(encoding="utf-8")
    assert "互评分数：90" in text
    out = HERE / "appeal-attachment-changed-after-hashing" / "appeals" / ATTACHMENT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text.replace("互评分数：90", "互评分数：95"), encoding="utf-8")


CASES = {
    "appeal-attachment-changed-after-hashing": attachment_changed_after_hashing,
}
