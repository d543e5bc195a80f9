"""Generated from forms/audit_window.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AuditWindow(object):
    def setupUi(self, AuditWindow):
        if not AuditWindow.objectName():
            AuditWindow.setObjectName(u"AuditWindow")
        AuditWindow.resize(1240, 600)
        self.layout = QVBoxLayout(AuditWindow)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.fromLabel = QLabel(AuditWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filters.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(AuditWindow)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filters.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel)

        self.toEdit = QDateEdit(AuditWindow)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filters.addWidget(self.toEdit)

        self.personLabel = QLabel(AuditWindow)
        self.personLabel.setObjectName(u"personLabel")

        self.filters.addWidget(self.personLabel)

        self.personCombo = QComboBox(AuditWindow)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setMinimumContentsLength(18)
        self.personCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.personCombo)

        self.kindLabel = QLabel(AuditWindow)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filters.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(AuditWindow)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filters.addWidget(self.kindCombo)

        self.clientCheck = QCheckBox(AuditWindow)
        self.clientCheck.setObjectName(u"clientCheck")

        self.filters.addWidget(self.clientCheck)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.spacer)


        self.layout.addLayout(self.filters)

        self.view = QTableView(AuditWindow)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.summaryLabel = QLabel(AuditWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.exportButton = QPushButton(AuditWindow)
        self.exportButton.setObjectName(u"exportButton")

        self.bottom.addWidget(self.exportButton)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.spacer2)

        self.buttons = QDialogButtonBox(AuditWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom.addWidget(self.buttons)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.personLabel.setBuddy(self.personCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.clientCheck)
        QWidget.setTabOrder(self.clientCheck, self.view)
        QWidget.setTabOrder(self.view, self.exportButton)

        self.retranslateUi(AuditWindow)

        QMetaObject.connectSlotsByName(AuditWindow)
    # setupUi

    def retranslateUi(self, AuditWindow):
        AuditWindow.setWindowTitle(QCoreApplication.translate("AuditWindow", u"Audit log", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditWindow", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("AuditWindow", u"&To:", None))
        self.personLabel.setText(QCoreApplication.translate("AuditWindow", u"&Person:", None))
        self.kindLabel.setText(QCoreApplication.translate("AuditWindow", u"&Kind:", None))
        self.clientCheck.setText(QCoreApplication.translate("AuditWindow", u"Only the &client on screen", None))
        self.exportButton.setText(QCoreApplication.translate("AuditWindow", u"&Export to Excel\u2026", None))
    # retranslateUi
