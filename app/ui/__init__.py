"""The Qt user interface: the only package that imports PySide6 or qtawesome."""

import ctypes
import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a Qt
    # method returning void; after ~10^5 calls None is freed and the process aborts
    # ("none_dealloc"). From 3.12 None is immortal. Until the binding is fixed, give
    # None a reference count no day can exhaust.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
