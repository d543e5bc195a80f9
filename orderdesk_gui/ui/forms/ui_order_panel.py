"""Generated from forms/order_panel.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

from orderdesk_gui.ui.elided import ElidedLabel

class Ui_OrderPanel(object):
    def setupUi(self, OrderPanel):
        if not OrderPanel.objectName():
            OrderPanel.setObjectName(u"OrderPanel")
        OrderPanel.resize(700, 560)
        self.layout = QVBoxLayout(OrderPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 0, 4, 0)
        self.titleLabel = ElidedLabel(OrderPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(OrderPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.entryRow = QHBoxLayout()
        self.entryRow.setObjectName(u"entryRow")
        self.productLabel = QLabel(OrderPanel)
        self.productLabel.setObjectName(u"productLabel")

        self.entryRow.addWidget(self.productLabel)

        self.productEdit = QLineEdit(OrderPanel)
        self.productEdit.setObjectName(u"productEdit")
        self.productEdit.setMaxLength(100)

        self.entryRow.addWidget(self.productEdit)

        self.qtyLabel = QLabel(OrderPanel)
        self.qtyLabel.setObjectName(u"qtyLabel")

        self.entryRow.addWidget(self.qtyLabel)

        self.qtyEdit = QLineEdit(OrderPanel)
        self.qtyEdit.setObjectName(u"qtyEdit")
        self.qtyEdit.setMaximumSize(QSize(110, 16777215))
        self.qtyEdit.setMaxLength(12)
        self.qtyEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.entryRow.addWidget(self.qtyEdit)


        self.layout.addLayout(self.entryRow)

        self.messageLabel = QLabel(OrderPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.hitsView = QTableView(OrderPanel)
        self.hitsView.setObjectName(u"hitsView")
        self.hitsView.setMaximumSize(QSize(16777215, 190))
        self.hitsView.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.layout.addWidget(self.hitsView)

        self.linesView = QTableView(OrderPanel)
        self.linesView.setObjectName(u"linesView")

        self.layout.addWidget(self.linesView)

        self.totalsLabel = QLabel(OrderPanel)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalsLabel.setWordWrap(True)

        self.layout.addWidget(self.totalsLabel)

        self.keysLabel = QLabel(OrderPanel)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.layout.addWidget(self.keysLabel)

#if QT_CONFIG(shortcut)
        self.productLabel.setBuddy(self.productEdit)
        self.qtyLabel.setBuddy(self.qtyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrderPanel)

        QMetaObject.connectSlotsByName(OrderPanel)
    # setupUi

    def retranslateUi(self, OrderPanel):
        self.titleLabel.setText(QCoreApplication.translate("OrderPanel", u"Order", None))
        self.productLabel.setText(QCoreApplication.translate("OrderPanel", u"&Product:", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("OrderPanel", u"Code, barcode or part of the name; \u2193\u2191 choose, Enter", None))
        self.qtyLabel.setText(QCoreApplication.translate("OrderPanel", u"&Qty:", None))
        self.keysLabel.setText(QCoreApplication.translate("OrderPanel", u"Enter add \u00b7 Del remove (Ctrl+Z undo) \u00b7 F2 change qty \u00b7 Ctrl+G order guide \u00b7 Ctrl+R repeat last order \u00b7 Ctrl+U usual basket \u00b7 F10 complete", None))
        pass
    # retranslateUi
