"""Printing a finished PDF: the backend interface and the Qt implementation.

The PDF (built by app.printing) is rasterised page by page with QPdfDocument at 300 dpi
and painted onto a QPrinter whose page size is the PDF page's own, margins zero. Qt
allows painting on a QPrinter outside the GUI thread as long as one thread paints it:
:meth:`QtPrinterBackend.print_pdf` creates the document and the printer in the calling
thread (the task runner's worker) and never shares them.

``PrintTarget(output_file=…)`` prints through the same path into a PDF file (QPrinter's
PdfFormat), which also works offscreen where there is no printer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

PRINT_DPI = 300
POINTS_PER_INCH = 72.0


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


@dataclass(frozen=True)
class PrintTarget:
    """Where a document goes: a printer by name (empty: the system default) or a file."""

    printer: str = ""
    output_file: str = ""
    copies: int = 1

    @property
    def label(self) -> str:
        """What the job record says about where it printed."""
        if self.output_file:
            return _t("PDF 文件：{path}").format(path=self.output_file)
        return self.printer


@dataclass(frozen=True)
class PrintOutcome:
    """How one print went. Not printed and no error means the user cancelled it."""

    printed: bool
    printer: str
    error: str = ""


class PrinterBackend(Protocol):
    """What the print path needs from the platform (a fake one in tests)."""

    def available_printers(self) -> list[str]:
        """The printers this workstation can print to."""
        ...

    def default_printer(self) -> str:
        """The system's default printer, or "" when there is none."""
        ...

    def print_pdf(
        self,
        pdf: bytes,
        target: PrintTarget,
        title: str,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PrintOutcome:
        """Print every page of ``pdf``; may run on a worker thread."""
        ...


def load_pdf(pdf: bytes, parent: QBuffer | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes (the buffer must live as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page rendered at ``dpi`` on white (thermal and laser printers alike)."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / POINTS_PER_INCH)),
        max(1, round(points.height() * dpi / POINTS_PER_INCH)),
    )
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class QtPrinterBackend:
    """Prints through Qt: QPrinterInfo for the printers, QPdfDocument + QPainter to print."""

    def available_printers(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def default_printer(self) -> str:
        info = QPrinterInfo.defaultPrinter()
        return "" if info.isNull() else info.printerName()

    def print_pdf(
        self,
        pdf: bytes,
        target: PrintTarget,
        title: str,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PrintOutcome:
        cancelled = should_cancel or (lambda: False)
        document, buffer = load_pdf(pdf)
        try:
            if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
                return PrintOutcome(False, target.label, _t("文档无法读取"))
            printer = self._printer(target, title)
            if printer is None:
                return PrintOutcome(
                    False, target.label, _t("找不到打印机“{name}”").format(name=target.printer)
                )
            return self._paint(document, printer, target, cancelled)
        finally:
            document.close()
            buffer.close()

    @staticmethod
    def _printer(target: PrintTarget, title: str) -> QPrinter | None:
        if target.output_file:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(target.output_file)
        else:
            info = (
                QPrinterInfo.printerInfo(target.printer)
                if target.printer
                else QPrinterInfo.defaultPrinter()
            )
            if info.isNull():
                return None
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setCreator("接访日")
        printer.setCopyCount(max(1, target.copies))
        printer.setFullPage(True)
        printer.setResolution(PRINT_DPI)
        return printer

    @staticmethod
    def _set_page(printer: QPrinter, points: QSizeF) -> None:
        size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = (
            QPageLayout.Orientation.Landscape
            if points.width() > points.height()
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageLayout(
            QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        )

    def _paint(
        self,
        document: QPdfDocument,
        printer: QPrinter,
        target: PrintTarget,
        cancelled: Callable[[], bool],
    ) -> PrintOutcome:
        name = target.label or printer.printerName()
        self._set_page(printer, document.pagePointSize(0))
        painter = QPainter()
        if not painter.begin(printer):
            return PrintOutcome(False, name, _t("打印机无法开始打印（脱机、缺纸或无权限）"))
        try:
            dpi = printer.resolution()
            for page in range(document.pageCount()):
                if cancelled():
                    printer.abort()
                    return PrintOutcome(False, name)
                if page > 0:
                    self._set_page(printer, document.pagePointSize(page))
                    if not printer.newPage():
                        return PrintOutcome(False, name, _t("打印机拒绝了新的一页"))
                image = page_image(document, page, dpi)
                painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
        finally:
            painter.end()
        if printer.printerState() == QPrinter.PrinterState.Error:
            return PrintOutcome(False, name, _t("打印机报告错误"))
        return PrintOutcome(True, name)
