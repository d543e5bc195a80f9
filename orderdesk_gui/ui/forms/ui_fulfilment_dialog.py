"""Generated from forms/fulfilment_dialog.ui by tools/build_forms.py; do not edit."""
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

class Ui_FulfilmentDialog(object):
    def setupUi(self, FulfilmentDialog):
        if not FulfilmentDialog.objectName():
            FulfilmentDialog.setObjectName(u"FulfilmentDialog")
        FulfilmentDialog.resize(820, 480)
        self.layout = QVBoxLayout(FulfilmentDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(FulfilmentDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.view = QTableView(FulfilmentDialog)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.buttons = QDialogButtonBox(FulfilmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(FulfilmentDialog)

        QMetaObject.connectSlotsByName(FulfilmentDialog)
    # setupUi

    def retranslateUi(self, FulfilmentDialog):
        FulfilmentDialog.setWindowTitle(QCoreApplication.translate("FulfilmentDialog", u"Fulfilment queue", None))
    # retranslateUi
