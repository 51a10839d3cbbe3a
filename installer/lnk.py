"""Read a Windows shortcut (``.lnk``, [MS-SHLLINK]): its target and its arguments.

Only what the Inno Setup check needs to see which program a start-menu entry opens and
with which ``--station``; no Windows API, so it runs on Linux on the files wine wrote.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

HEADER_SIZE = 0x4C
HAS_ID_LIST, HAS_LINK_INFO, IS_UNICODE = 0x01, 0x02, 0x80
#: The optional strings after the header, in file order (flag, name).
STRING_FLAGS = (
    (0x04, "name"),
    (0x08, "relative_path"),
    (0x10, "working_dir"),
    (0x20, "arguments"),
    (0x40, "icon_location"),
)


class ShortcutError(ValueError):
    """Not a shell link this reader understands."""


@dataclass(frozen=True)
class Shortcut:
    """What a start-menu entry starts."""

    target: str
    arguments: str
    working_dir: str


def _c_string(data: bytes, start: int, wide: bool) -> str:
    if wide:
        end = start
        while data[end : end + 2] != b"\0\0":
            end += 2
        return data[start:end].decode("utf-16-le")
    return data[start : data.index(b"\0", start)].decode("latin-1")


def read_shortcut(data: bytes) -> Shortcut:
    """The target path (from the link info), arguments and working folder of a ``.lnk``."""
    if len(data) < HEADER_SIZE or struct.unpack_from("<I", data, 0)[0] != HEADER_SIZE:
        raise ShortcutError("not a shell link")
    flags = struct.unpack_from("<I", data, 20)[0]
    pos = HEADER_SIZE
    if flags & HAS_ID_LIST:
        pos += 2 + struct.unpack_from("<H", data, pos)[0]
    target = ""
    if flags & HAS_LINK_INFO:
        size, header_size = struct.unpack_from("<II", data, pos)
        base_offset = struct.unpack_from("<I", data, pos + 16)[0]
        unicode_offset = struct.unpack_from("<I", data, pos + 28)[0] if header_size >= 0x24 else 0
        if unicode_offset:
            target = _c_string(data, pos + unicode_offset, wide=True)
        elif base_offset:
            target = _c_string(data, pos + base_offset, wide=False)
        pos += size
    wide = bool(flags & IS_UNICODE)
    strings: dict[str, str] = {}
    for flag, name in STRING_FLAGS:
        if flags & flag:
            count = struct.unpack_from("<H", data, pos)[0]
            width = 2 if wide else 1
            raw = data[pos + 2 : pos + 2 + count * width]
            strings[name] = raw.decode("utf-16-le" if wide else "latin-1").rstrip("\0")
            pos += 2 + count * width
    return Shortcut(target, strings.get("arguments", ""), strings.get("working_dir", ""))
