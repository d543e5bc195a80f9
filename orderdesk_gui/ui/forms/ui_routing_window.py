"""Generated from forms/routing_window.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_RoutingWindow(object):
    def setupUi(self, RoutingWindow):
        if not RoutingWindow.objectName():
            RoutingWindow.setObjectName(u"RoutingWindow")
        RoutingWindow.resize(1000, 640)
        self.layout = QVBoxLayout(RoutingWindow)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(RoutingWindow)
        self.tabs.setObjectName(u"tabs")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesLayout = QVBoxLayout(self.rulesTab)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesHint = QLabel(self.rulesTab)
        self.rulesHint.setObjectName(u"rulesHint")
        self.rulesHint.setWordWrap(True)

        self.rulesLayout.addWidget(self.rulesHint)

        self.rulesRow = QHBoxLayout()
        self.rulesRow.setObjectName(u"rulesRow")
        self.rulesView = QTableView(self.rulesTab)
        self.rulesView.setObjectName(u"rulesView")

        self.rulesRow.addWidget(self.rulesView)

        self.ruleButtons = QVBoxLayout()
        self.ruleButtons.setObjectName(u"ruleButtons")
        self.addButton = QPushButton(self.rulesTab)
        self.addButton.setObjectName(u"addButton")

        self.ruleButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.rulesTab)
        self.editButton.setObjectName(u"editButton")

        self.ruleButtons.addWidget(self.editButton)

        self.removeButton = QPushButton(self.rulesTab)
        self.removeButton.setObjectName(u"removeButton")

        self.ruleButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(self.rulesTab)
        self.upButton.setObjectName(u"upButton")

        self.ruleButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.rulesTab)
        self.downButton.setObjectName(u"downButton")

        self.ruleButtons.addWidget(self.downButton)

        self.ruleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ruleButtons.addItem(self.ruleSpacer)


        self.rulesRow.addLayout(self.ruleButtons)


        self.rulesLayout.addLayout(self.rulesRow)

        self.tabs.addTab(self.rulesTab, "")
        self.departmentsTab = QWidget()
        self.departmentsTab.setObjectName(u"departmentsTab")
        self.departmentsLayout = QVBoxLayout(self.departmentsTab)
        self.departmentsLayout.setObjectName(u"departmentsLayout")
        self.departmentsView = QTableView(self.departmentsTab)
        self.departmentsView.setObjectName(u"departmentsView")

        self.departmentsLayout.addWidget(self.departmentsView)

        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.headLabel = QLabel(self.departmentsTab)
        self.headLabel.setObjectName(u"headLabel")

        self.headRow.addWidget(self.headLabel)

        self.headCombo = QComboBox(self.departmentsTab)
        self.headCombo.setObjectName(u"headCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headCombo.sizePolicy().hasHeightForWidth())
        self.headCombo.setSizePolicy(sizePolicy)

        self.headRow.addWidget(self.headCombo)

        self.setHeadButton = QPushButton(self.departmentsTab)
        self.setHeadButton.setObjectName(u"setHeadButton")

        self.headRow.addWidget(self.setHeadButton)


        self.departmentsLayout.addLayout(self.headRow)

        self.headHint = QLabel(self.departmentsTab)
        self.headHint.setObjectName(u"headHint")
        self.headHint.setWordWrap(True)

        self.departmentsLayout.addWidget(self.headHint)

        self.tabs.addTab(self.departmentsTab, "")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewForm = QFormLayout()
        self.previewForm.setObjectName(u"previewForm")
        self.findLabel = QLabel(self.previewTab)
        self.findLabel.setObjectName(u"findLabel")

        self.previewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.findEdit = QLineEdit(self.previewTab)
        self.findEdit.setObjectName(u"findEdit")

        self.previewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findEdit)

        self.clientLabel = QLabel(self.previewTab)
        self.clientLabel.setObjectName(u"clientLabel")

        self.previewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientCombo = QComboBox(self.previewTab)
        self.clientCombo.setObjectName(u"clientCombo")

        self.previewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientCombo)

        self.purposeLabel = QLabel(self.previewTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.previewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(self.previewTab)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.previewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.debtLabel = QLabel(self.previewTab)
        self.debtLabel.setObjectName(u"debtLabel")

        self.previewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.debtLabel)

        self.debtCombo = QComboBox(self.previewTab)
        self.debtCombo.setObjectName(u"debtCombo")

        self.previewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.debtCombo)

        self.absentLabel = QLabel(self.previewTab)
        self.absentLabel.setObjectName(u"absentLabel")

        self.previewForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.absentLabel)

        self.absentCombo = QComboBox(self.previewTab)
        self.absentCombo.setObjectName(u"absentCombo")

        self.previewForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.absentCombo)

        self.whichLabel = QLabel(self.previewTab)
        self.whichLabel.setObjectName(u"whichLabel")

        self.previewForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.whichLabel)

        self.whichCombo = QComboBox(self.previewTab)
        self.whichCombo.setObjectName(u"whichCombo")

        self.previewForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.whichCombo)


        self.previewLayout.addLayout(self.previewForm)

        self.previewButtons = QHBoxLayout()
        self.previewButtons.setObjectName(u"previewButtons")
        self.previewButton = QPushButton(self.previewTab)
        self.previewButton.setObjectName(u"previewButton")

        self.previewButtons.addWidget(self.previewButton)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewButtons.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewButtons)

        self.resultLabel = QLabel(self.previewTab)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.resultLabel)

        self.previewBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLayout.addItem(self.previewBottom)

        self.tabs.addTab(self.previewTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(RoutingWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(RoutingWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.headLabel.setBuddy(self.headCombo)
        self.findLabel.setBuddy(self.findEdit)
        self.clientLabel.setBuddy(self.clientCombo)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.debtLabel.setBuddy(self.debtCombo)
        self.absentLabel.setBuddy(self.absentCombo)
        self.whichLabel.setBuddy(self.whichCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.rulesView)
        QWidget.setTabOrder(self.rulesView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.departmentsView)
        QWidget.setTabOrder(self.departmentsView, self.headCombo)
        QWidget.setTabOrder(self.headCombo, self.setHeadButton)
        QWidget.setTabOrder(self.setHeadButton, self.findEdit)
        QWidget.setTabOrder(self.findEdit, self.clientCombo)
        QWidget.setTabOrder(self.clientCombo, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.debtCombo)
        QWidget.setTabOrder(self.debtCombo, self.absentCombo)
        QWidget.setTabOrder(self.absentCombo, self.whichCombo)
        QWidget.setTabOrder(self.whichCombo, self.previewButton)

        self.retranslateUi(RoutingWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RoutingWindow)
    # setupUi

    def retranslateUi(self, RoutingWindow):
        RoutingWindow.setWindowTitle(QCoreApplication.translate("RoutingWindow", u"Routing: departments, heads and rules", None))
        self.rulesHint.setText(QCoreApplication.translate("RoutingWindow", u"The first rule that matches a call decides where it goes, by priority (lowest first). Changes take effect when saved (Ctrl+S), all at once.", None))
        self.addButton.setText(QCoreApplication.translate("RoutingWindow", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RoutingWindow", u"&Edit\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("RoutingWindow", u"Re&move", None))
        self.upButton.setText(QCoreApplication.translate("RoutingWindow", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("RoutingWindow", u"Move &down", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("RoutingWindow", u"&1 Rules", None))
        self.headLabel.setText(QCoreApplication.translate("RoutingWindow", u"H&ead of the selected department:", None))
        self.setHeadButton.setText(QCoreApplication.translate("RoutingWindow", u"Set &head", None))
        self.headHint.setText(QCoreApplication.translate("RoutingWindow", u"A head is set at once, one per department, chosen among active users; the routing steps \u201chead:\u2026\u201d reach them.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.departmentsTab), QCoreApplication.translate("RoutingWindow", u"&2 Departments and heads", None))
        self.findLabel.setText(QCoreApplication.translate("RoutingWindow", u"&Find a client:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("RoutingWindow", u"name, code, phone or BIN/IIN", None))
        self.clientLabel.setText(QCoreApplication.translate("RoutingWindow", u"&Client:", None))
        self.purposeLabel.setText(QCoreApplication.translate("RoutingWindow", u"&Purpose of the call:", None))
        self.debtLabel.setText(QCoreApplication.translate("RoutingWindow", u"De&bt:", None))
        self.absentLabel.setText(QCoreApplication.translate("RoutingWindow", u"Taken as &absent:", None))
        self.whichLabel.setText(QCoreApplication.translate("RoutingWindow", u"&Rules:", None))
        self.previewButton.setText(QCoreApplication.translate("RoutingWindow", u"Sho&w where the call goes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.previewTab), QCoreApplication.translate("RoutingWindow", u"&3 Preview", None))
    # retranslateUi
