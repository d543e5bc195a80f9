"""Generated from forms/board_window.ui by tools/build_forms.py; do not edit."""
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_BoardWindow(object):
    def setupUi(self, BoardWindow):
        if not BoardWindow.objectName():
            BoardWindow.setObjectName(u"BoardWindow")
        BoardWindow.resize(1240, 560)
        self.layout = QVBoxLayout(BoardWindow)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(BoardWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.view = QTableView(BoardWindow)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.totalsLabel = QLabel(BoardWindow)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)

        self.layout.addWidget(self.totalsLabel)

        self.buttons = QDialogButtonBox(BoardWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(BoardWindow)

        QMetaObject.connectSlotsByName(BoardWindow)
    # setupUi

    def retranslateUi(self, BoardWindow):
        BoardWindow.setWindowTitle(QCoreApplication.translate("BoardWindow", u"Live board", None))
    # retranslateUi
