"""Pieces the stations' screens are built from: a read-only table of rows, a detail
column with its action buttons under it, and two panes side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ROW_HEIGHT = 30


def rows_table(
    model: QAbstractItemModel, widths: Sequence[int], *, multi: bool = False
) -> QTableView:
    """A sortable, read-only table over ``model`` that selects whole rows (several with
    ``multi``), with the given column widths and the last column stretched. Sorting is
    on; the caller chooses the column it starts sorted by."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def detail_column(detail: QWidget, actions: QBoxLayout) -> QWidget:
    """``detail`` taking the height, ``actions`` (a row of buttons) under it."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(6, 0, 0, 0)
    layout.addWidget(detail, 1)
    layout.addLayout(actions)
    return column


def side_by_side(
    left: QWidget, right: QWidget, stretch: tuple[int, int], sizes: tuple[int, int]
) -> QSplitter:
    """``left`` and ``right`` in a splitter that shares growth by ``stretch`` and starts
    at ``sizes`` (pixels, kept in proportion when the window is smaller)."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    splitter.setSizes(list(sizes))
    return splitter
