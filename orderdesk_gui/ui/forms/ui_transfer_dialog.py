"""Generated from forms/transfer_dialog.ui by tools/build_forms.py; do not edit."""
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(520, 420)
        self.layout = QVBoxLayout(TransferDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(TransferDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.layout.addWidget(self.headerLabel)

        self.people = QListWidget(TransferDialog)
        self.people.setObjectName(u"people")

        self.layout.addWidget(self.people)

        self.buttons = QDialogButtonBox(TransferDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(TransferDialog)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Transfer the call", None))
    # retranslateUi
