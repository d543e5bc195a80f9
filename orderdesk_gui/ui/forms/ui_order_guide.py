"""Generated from forms/order_guide.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrderGuideDialog(object):
    def setupUi(self, OrderGuideDialog):
        if not OrderGuideDialog.objectName():
            OrderGuideDialog.setObjectName(u"OrderGuideDialog")
        OrderGuideDialog.resize(1200, 620)
        self.layout = QVBoxLayout(OrderGuideDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(OrderGuideDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(OrderGuideDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(OrderGuideDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMaxLength(100)
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.countLabel = QLabel(OrderGuideDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.layout.addLayout(self.filterRow)

        self.guideView = QTableView(OrderGuideDialog)
        self.guideView.setObjectName(u"guideView")

        self.layout.addWidget(self.guideView)

        self.messageLabel = QLabel(OrderGuideDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.totalsLabel = QLabel(OrderGuideDialog)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.totalsLabel)

        self.keysLabel = QLabel(OrderGuideDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.layout.addWidget(self.keysLabel)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrderGuideDialog)

        QMetaObject.connectSlotsByName(OrderGuideDialog)
    # setupUi

    def retranslateUi(self, OrderGuideDialog):
        OrderGuideDialog.setWindowTitle(QCoreApplication.translate("OrderGuideDialog", u"Order guide", None))
        self.titleLabel.setText(QCoreApplication.translate("OrderGuideDialog", u"Order guide", None))
        self.filterLabel.setText(QCoreApplication.translate("OrderGuideDialog", u"&Filter:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("OrderGuideDialog", u"Code or part of the name; \u2193 to the quantities", None))
        self.keysLabel.setText(QCoreApplication.translate("OrderGuideDialog", u"Type a quantity in the row \u00b7 Enter or \u2193 adds it to the order, \u2191 goes back \u00b7 0 removes the line \u00b7 letters filter \u00b7 Esc back to the order", None))
    # retranslateUi
