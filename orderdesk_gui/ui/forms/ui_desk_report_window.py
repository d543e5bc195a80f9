"""Generated from forms/desk_report_window.ui by tools/build_forms.py; do not edit."""
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
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_DeskReportWindow(object):
    def setupUi(self, DeskReportWindow):
        if not DeskReportWindow.objectName():
            DeskReportWindow.setObjectName(u"DeskReportWindow")
        DeskReportWindow.resize(1300, 700)
        self.layout = QVBoxLayout(DeskReportWindow)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.periodLabel = QLabel(DeskReportWindow)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filters.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(DeskReportWindow)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filters.addWidget(self.periodCombo)

        self.fromLabel = QLabel(DeskReportWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filters.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(DeskReportWindow)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filters.addWidget(self.fromEdit)

        self.toLabel = QLabel(DeskReportWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel)

        self.toEdit = QDateEdit(DeskReportWindow)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filters.addWidget(self.toEdit)

        self.operatorLabel = QLabel(DeskReportWindow)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.filters.addWidget(self.operatorLabel)

        self.operatorCombo = QComboBox(DeskReportWindow)
        self.operatorCombo.setObjectName(u"operatorCombo")
        self.operatorCombo.setMinimumContentsLength(20)
        self.operatorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters.addWidget(self.operatorCombo)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.spacer)


        self.layout.addLayout(self.filters)

        self.tabs = QTabWidget(DeskReportWindow)
        self.tabs.setObjectName(u"tabs")
        self.operatorsTab = QWidget()
        self.operatorsTab.setObjectName(u"operatorsTab")
        self.operatorsLayout = QVBoxLayout(self.operatorsTab)
        self.operatorsLayout.setObjectName(u"operatorsLayout")
        self.operatorsView = QTableView(self.operatorsTab)
        self.operatorsView.setObjectName(u"operatorsView")

        self.operatorsLayout.addWidget(self.operatorsView)

        self.tabs.addTab(self.operatorsTab, "")
        self.hoursTab = QWidget()
        self.hoursTab.setObjectName(u"hoursTab")
        self.hoursLayout = QVBoxLayout(self.hoursTab)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.tabs.addTab(self.hoursTab, "")
        self.daysTab = QWidget()
        self.daysTab.setObjectName(u"daysTab")
        self.daysLayout = QVBoxLayout(self.daysTab)
        self.daysLayout.setObjectName(u"daysLayout")
        self.tabs.addTab(self.daysTab, "")
        self.outcomesTab = QWidget()
        self.outcomesTab.setObjectName(u"outcomesTab")
        self.outcomesLayout = QHBoxLayout(self.outcomesTab)
        self.outcomesLayout.setObjectName(u"outcomesLayout")
        self.outcomesView = QTableView(self.outcomesTab)
        self.outcomesView.setObjectName(u"outcomesView")

        self.outcomesLayout.addWidget(self.outcomesView)

        self.tabs.addTab(self.outcomesTab, "")
        self.serviceTab = QWidget()
        self.serviceTab.setObjectName(u"serviceTab")
        self.serviceLayout = QHBoxLayout(self.serviceTab)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.callbacksView = QTableView(self.serviceTab)
        self.callbacksView.setObjectName(u"callbacksView")

        self.serviceLayout.addWidget(self.callbacksView)

        self.complaintsView = QTableView(self.serviceTab)
        self.complaintsView.setObjectName(u"complaintsView")

        self.serviceLayout.addWidget(self.complaintsView)

        self.tabs.addTab(self.serviceTab, "")
        self.workTab = QWidget()
        self.workTab.setObjectName(u"workTab")
        self.workLayout = QVBoxLayout(self.workTab)
        self.workLayout.setObjectName(u"workLayout")
        self.byDayCheck = QCheckBox(self.workTab)
        self.byDayCheck.setObjectName(u"byDayCheck")

        self.workLayout.addWidget(self.byDayCheck)

        self.workView = QTableView(self.workTab)
        self.workView.setObjectName(u"workView")

        self.workLayout.addWidget(self.workView)

        self.tabs.addTab(self.workTab, "")

        self.layout.addWidget(self.tabs)

        self.summaryLabel = QLabel(DeskReportWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.exportButton = QPushButton(DeskReportWindow)
        self.exportButton.setObjectName(u"exportButton")

        self.bottom.addWidget(self.exportButton)

        self.pdfButton = QPushButton(DeskReportWindow)
        self.pdfButton.setObjectName(u"pdfButton")

        self.bottom.addWidget(self.pdfButton)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.spacer2)

        self.buttons = QDialogButtonBox(DeskReportWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom.addWidget(self.buttons)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.operatorLabel.setBuddy(self.operatorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.operatorCombo)
        QWidget.setTabOrder(self.operatorCombo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.operatorsView)
        QWidget.setTabOrder(self.operatorsView, self.outcomesView)
        QWidget.setTabOrder(self.outcomesView, self.callbacksView)
        QWidget.setTabOrder(self.callbacksView, self.complaintsView)
        QWidget.setTabOrder(self.complaintsView, self.byDayCheck)
        QWidget.setTabOrder(self.byDayCheck, self.workView)
        QWidget.setTabOrder(self.workView, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.pdfButton)

        self.retranslateUi(DeskReportWindow)

        QMetaObject.connectSlotsByName(DeskReportWindow)
    # setupUi

    def retranslateUi(self, DeskReportWindow):
        DeskReportWindow.setWindowTitle(QCoreApplication.translate("DeskReportWindow", u"Desk reports", None))
        self.periodLabel.setText(QCoreApplication.translate("DeskReportWindow", u"&Period:", None))
        self.fromLabel.setText(QCoreApplication.translate("DeskReportWindow", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("DeskReportWindow", u"&To:", None))
        self.operatorLabel.setText(QCoreApplication.translate("DeskReportWindow", u"&Operator:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.operatorsTab), QCoreApplication.translate("DeskReportWindow", u"1 Operators", None))
        self.tabs.setTabText(self.tabs.indexOf(self.hoursTab), QCoreApplication.translate("DeskReportWindow", u"2 Calls by hour", None))
        self.tabs.setTabText(self.tabs.indexOf(self.daysTab), QCoreApplication.translate("DeskReportWindow", u"3 By day", None))
        self.tabs.setTabText(self.tabs.indexOf(self.outcomesTab), QCoreApplication.translate("DeskReportWindow", u"4 Outcomes and transfers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.serviceTab), QCoreApplication.translate("DeskReportWindow", u"5 Callbacks and complaints", None))
        self.byDayCheck.setText(QCoreApplication.translate("DeskReportWindow", u"Each &day (not by month)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.workTab), QCoreApplication.translate("DeskReportWindow", u"6 Operator hours", None))
        self.exportButton.setText(QCoreApplication.translate("DeskReportWindow", u"&Export to Excel\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("DeskReportWindow", u"Save as P&DF\u2026", None))
    # retranslateUi
