"""A minimal, deterministic XLSX writer: one sheet of text cells and dates, a bold header row.

Enough for the register download, and reproducible (fixed zip timestamps, no creation date), so the
same register gives the same bytes; openpyxl, which reads imported workbooks, writes the time of saving.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_STAMP = (1980, 1, 1, 0, 0, 0)


def _column(n: int) -> str:
    name = ""
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, value: str, style: int) -> str:
    # most cells are printable text with no markup: the two passes over them are skipped
    text = value if value.isprintable() else _ILLEGAL.sub("", value)
    if "&" in text or "<" in text or ">" in text:
        text = escape(text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{styled}><is><t{space}>{text}</t></is></c>'


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_EPOCH = datetime.date(1899, 12, 30)  # day 0 of a spreadsheet's date serials


def _value(ref: str, value: str, header: bool) -> str:
    """A date (a cell that is exactly YYYY-MM-DD) as a date a spreadsheet sorts and filters, else text."""
    match = None if header or len(value) != 10 else _DATE.fullmatch(value)
    if match:
        try:
            serial = (datetime.date(*map(int, match.groups())) - _EPOCH).days
        except ValueError:
            serial = None
        if serial is not None and serial > 60:  # after 1900-02-28, where serials and dates agree
            return f'<c r="{ref}" s="2"><v>{serial}</v></c>'
    return _cell(ref, value, 1 if header else 0)


def _cells(r: int, row: list[str], columns: list[str]) -> str:
    """One row's cells; an empty cell (most of a register's are) without the calls a filled one needs."""
    header = r == 1
    parts = []
    for column, v in zip(columns, row, strict=False):  # a row as long as it is; columns fit the longest
        value = str(v or "")
        if value or header:
            parts.append(_value(f"{column}{r}", value, header))
        else:
            parts.append(f'<c r="{column}{r}" t="inlineStr"><is><t></t></is></c>')
    return "".join(parts)


def workbook(sheet_name: str, rows: list[list[str]]) -> bytes:
    return package(sheet_name, sheet_rows(rows))


def sheet_rows(rows: list[list[str]], first: int = 1) -> str:
    """The sheet's rows, the first numbered ``first`` (row 1, the header, in bold): a sheet written in parts."""
    columns = [_column(c) for c in range(1, max((len(row) for row in rows), default=0) + 1)]
    return "".join(f'<row r="{r}">{_cells(r, row, columns)}</row>' for r, row in enumerate(rows, start=first))


def package(sheet_name: str, body: str) -> bytes:
    """The workbook around one sheet's rows (``sheet_rows``)."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(sheet_name[:31])}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="3"><xf fontId="0" xfId="0"/><xf fontId="1" xfId="0" applyFont="1"/>'
            '<xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews>'
            f"<sheetData>{body}</sheetData></worksheet>"
        ),
    }
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()
