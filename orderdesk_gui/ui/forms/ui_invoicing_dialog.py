"""Generated from forms/invoicing_dialog.ui by tools/build_forms.py; do not edit."""
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_InvoicingDialog(object):
    def setupUi(self, InvoicingDialog):
        if not InvoicingDialog.objectName():
            InvoicingDialog.setObjectName(u"InvoicingDialog")
        InvoicingDialog.resize(900, 520)
        self.layout = QVBoxLayout(InvoicingDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(InvoicingDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(InvoicingDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(InvoicingDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)


        self.layout.addLayout(self.filterRow)

        self.view = QTableView(InvoicingDialog)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.messageLabel = QLabel(InvoicingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.markButton = QPushButton(InvoicingDialog)
        self.markButton.setObjectName(u"markButton")
        self.markButton.setAutoDefault(False)

        self.actionRow.addWidget(self.markButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.buttons = QDialogButtonBox(InvoicingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionRow.addWidget(self.buttons)


        self.layout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.view)
        QWidget.setTabOrder(self.view, self.markButton)

        self.retranslateUi(InvoicingDialog)

        QMetaObject.connectSlotsByName(InvoicingDialog)
    # setupUi

    def retranslateUi(self, InvoicingDialog):
        InvoicingDialog.setWindowTitle(QCoreApplication.translate("InvoicingDialog", u"Orders not invoiced yet", None))
        self.filterLabel.setText(QCoreApplication.translate("InvoicingDialog", u"&Find (number or client):", None))
        self.markButton.setText(QCoreApplication.translate("InvoicingDialog", u"&Mark invoiced (Ctrl+I)", None))
    # retranslateUi
