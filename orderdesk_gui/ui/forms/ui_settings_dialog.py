"""Generated from forms/settings_dialog.ui by tools/build_forms.py; do not edit."""
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(1040, 640)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.groupList = QListWidget(SettingsDialog)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setMinimumSize(QSize(210, 0))
        self.groupList.setMaximumSize(QSize(270, 16777215))

        self.body.addWidget(self.groupList)

        self.pages = QStackedWidget(SettingsDialog)
        self.pages.setObjectName(u"pages")

        self.body.addWidget(self.pages)


        self.layout.addLayout(self.body)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.restoreGroupButton = QPushButton(SettingsDialog)
        self.restoreGroupButton.setObjectName(u"restoreGroupButton")
        self.restoreGroupButton.setAutoDefault(False)

        self.actions.addWidget(self.restoreGroupButton)

        self.testMailButton = QPushButton(SettingsDialog)
        self.testMailButton.setObjectName(u"testMailButton")
        self.testMailButton.setAutoDefault(False)

        self.actions.addWidget(self.testMailButton)

        self.testPrintButton = QPushButton(SettingsDialog)
        self.testPrintButton.setObjectName(u"testPrintButton")
        self.testPrintButton.setAutoDefault(False)

        self.actions.addWidget(self.testPrintButton)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.gap)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.actions.addWidget(self.buttons)


        self.layout.addLayout(self.actions)


        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.groupList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Groups of settings", None))
#endif // QT_CONFIG(accessibility)
        self.restoreGroupButton.setText(QCoreApplication.translate("SettingsDialog", u"Restore this group's &defaults", None))
        self.testMailButton.setText(QCoreApplication.translate("SettingsDialog", u"Send a &test message\u2026", None))
        self.testPrintButton.setText(QCoreApplication.translate("SettingsDialog", u"Print a test &page", None))
    # retranslateUi
