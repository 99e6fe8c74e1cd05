"""One way to print rows: the ``--format`` option every row-returning command shares.

``output_options`` adds ``--format table|json|jsonl|csv`` to a click command (each command
picks its default); ``output_rows`` renders an iterable of dicts to stdout in that format.
"""
import csv
import datetime
import json
import sys

import click

FORMATS = ("table", "json", "jsonl", "csv")
#: Longest cell shown in ``table`` format; longer text is cut and ends with an ellipsis.
TABLE_CELL_MAX = 80


def output_options(default="table", formats=FORMATS):
    """Decorator adding ``--format`` (passed to the command as ``fmt``).

    Args:
        default: the format used when the user gives none.
        formats: the formats this command accepts.
    """
    def decorator(command):
        return click.option(
            "--format", "fmt", type=click.Choice(formats), default=default, show_default=True,
            help="Output format.",
        )(command)
    return decorator


def _json_default(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def to_json(value, indent=None):
    """Serialise ``value`` as JSON the way every command does (UTF-8 text, ISO dates)."""
    return json.dumps(value, ensure_ascii=False, default=_json_default, indent=indent)


def output_rows(rows, fmt, columns, file=None):
    """Write ``rows`` (dicts) to ``file`` (stdout) in ``fmt``.

    Args:
        rows: an iterable of dicts; ``jsonl`` streams it, the other formats read it whole.
        fmt: ``table``, ``json``, ``jsonl`` or ``csv``.
        columns: the keys shown by ``table`` and ``csv``, in order (json formats keep every key).
        file: where to write; stdout when None.
    """
    out = file or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(to_json(row) + "\n")
            out.flush()  # a long batch shows results as they come
    elif fmt == "json":
        out.write(to_json(list(rows), indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else _cell(row.get(c)) for c in columns])
    elif fmt == "table":
        _write_table(list(rows), columns, out)
    else:
        raise ValueError(f"unknown output format {fmt!r}")


def _cell(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _table_cell(value):
    if value is None:
        return ""
    text = " ".join(_cell(value).split())  # newlines would break the alignment
    if len(text) > TABLE_CELL_MAX:
        text = text[: TABLE_CELL_MAX - 1] + "…"
    return text


def _write_table(rows, columns, out):
    cells = [[_table_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [columns, ["-" * w for w in widths]] + cells
    for line in lines:
        out.write("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")
