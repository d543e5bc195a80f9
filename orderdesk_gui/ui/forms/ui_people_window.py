"""Generated from forms/people_window.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PeopleWindow(object):
    def setupUi(self, PeopleWindow):
        if not PeopleWindow.objectName():
            PeopleWindow.setObjectName(u"PeopleWindow")
        PeopleWindow.resize(1200, 620)
        self.layout = QVBoxLayout(PeopleWindow)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(PeopleWindow)
        self.tabs.setObjectName(u"tabs")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleTop = QHBoxLayout()
        self.peopleTop.setObjectName(u"peopleTop")
        self.inactiveCheck = QCheckBox(self.peopleTab)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.peopleTop.addWidget(self.inactiveCheck)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleTop.addItem(self.spacer1)


        self.peopleLayout.addLayout(self.peopleTop)

        self.view = QTableView(self.peopleTab)
        self.view.setObjectName(u"view")

        self.peopleLayout.addWidget(self.view)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.newButton = QPushButton(self.peopleTab)
        self.newButton.setObjectName(u"newButton")

        self.peopleButtons.addWidget(self.newButton)

        self.editButton = QPushButton(self.peopleTab)
        self.editButton.setObjectName(u"editButton")

        self.peopleButtons.addWidget(self.editButton)

        self.resetButton = QPushButton(self.peopleTab)
        self.resetButton.setObjectName(u"resetButton")

        self.peopleButtons.addWidget(self.resetButton)

        self.activeButton = QPushButton(self.peopleTab)
        self.activeButton.setObjectName(u"activeButton")

        self.peopleButtons.addWidget(self.activeButton)

        self.unlockButton = QPushButton(self.peopleTab)
        self.unlockButton.setObjectName(u"unlockButton")

        self.peopleButtons.addWidget(self.unlockButton)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.spacer2)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.tabs.addTab(self.peopleTab, "")
        self.rightsTab = QWidget()
        self.rightsTab.setObjectName(u"rightsTab")
        self.rightsLayout = QVBoxLayout(self.rightsTab)
        self.rightsLayout.setObjectName(u"rightsLayout")
        self.rightsTable = QTableWidget(self.rightsTab)
        self.rightsTable.setObjectName(u"rightsTable")

        self.rightsLayout.addWidget(self.rightsTable)

        self.rightsButtons = QHBoxLayout()
        self.rightsButtons.setObjectName(u"rightsButtons")
        self.rightsHint = QLabel(self.rightsTab)
        self.rightsHint.setObjectName(u"rightsHint")
        self.rightsHint.setWordWrap(True)

        self.rightsButtons.addWidget(self.rightsHint)

        self.saveRightsButton = QPushButton(self.rightsTab)
        self.saveRightsButton.setObjectName(u"saveRightsButton")

        self.rightsButtons.addWidget(self.saveRightsButton)

        self.rightsButtons.setStretch(0, 1)

        self.rightsLayout.addLayout(self.rightsButtons)

        self.tabs.addTab(self.rightsTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(PeopleWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(PeopleWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.tabs, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.view)
        QWidget.setTabOrder(self.view, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.rightsTable)
        QWidget.setTabOrder(self.rightsTable, self.saveRightsButton)

        self.retranslateUi(PeopleWindow)

        QMetaObject.connectSlotsByName(PeopleWindow)
    # setupUi

    def retranslateUi(self, PeopleWindow):
        PeopleWindow.setWindowTitle(QCoreApplication.translate("PeopleWindow", u"People and rights", None))
        self.inactiveCheck.setText(QCoreApplication.translate("PeopleWindow", u"Sho&w inactive", None))
        self.newButton.setText(QCoreApplication.translate("PeopleWindow", u"&New\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PeopleWindow", u"&Edit\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("PeopleWindow", u"&Reset password\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("PeopleWindow", u"&Deactivate", None))
        self.unlockButton.setText(QCoreApplication.translate("PeopleWindow", u"&Unlock", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("PeopleWindow", u"&People", None))
        self.rightsHint.setText(QCoreApplication.translate("PeopleWindow", u"Space ticks or clears a right. Grey cells cannot change: an administrator always manages users; the exchange account only exchanges data.", None))
        self.saveRightsButton.setText(QCoreApplication.translate("PeopleWindow", u"&Save rights", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rightsTab), QCoreApplication.translate("PeopleWindow", u"R&ights of roles", None))
    # retranslateUi
