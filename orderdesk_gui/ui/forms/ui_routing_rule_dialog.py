"""Generated from forms/routing_rule_dialog.ui by tools/build_forms.py; do not edit."""
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RoutingRuleDialog(object):
    def setupUi(self, RoutingRuleDialog):
        if not RoutingRuleDialog.objectName():
            RoutingRuleDialog.setObjectName(u"RoutingRuleDialog")
        RoutingRuleDialog.resize(680, 460)
        self.layout = QVBoxLayout(RoutingRuleDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.priorityLabel = QLabel(RoutingRuleDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.prioritySpin = QSpinBox(RoutingRuleDialog)
        self.prioritySpin.setObjectName(u"prioritySpin")
        self.prioritySpin.setMinimum(-1000000)
        self.prioritySpin.setMaximum(1000000)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prioritySpin)

        self.typeLabel = QLabel(RoutingRuleDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(RoutingRuleDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.purposeLabel = QLabel(RoutingRuleDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(RoutingRuleDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.newLabel = QLabel(RoutingRuleDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newCombo = QComboBox(RoutingRuleDialog)
        self.newCombo.setObjectName(u"newCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newCombo)

        self.actionLabel = QLabel(RoutingRuleDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(RoutingRuleDialog)
        self.actionCombo.setObjectName(u"actionCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actionCombo)

        self.chainLabel = QLabel(RoutingRuleDialog)
        self.chainLabel.setObjectName(u"chainLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chainLabel)

        self.chainEdit = QLineEdit(RoutingRuleDialog)
        self.chainEdit.setObjectName(u"chainEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chainEdit)

        self.chainWordsLabel = QLabel(RoutingRuleDialog)
        self.chainWordsLabel.setObjectName(u"chainWordsLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.chainWordsLabel.sizePolicy().hasHeightForWidth())
        self.chainWordsLabel.setSizePolicy(sizePolicy)
        self.chainWordsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.chainWordsLabel.setWordWrap(True)
        self.chainWordsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.chainWordsLabel)

        self.assignLabel = QLabel(RoutingRuleDialog)
        self.assignLabel.setObjectName(u"assignLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.assignLabel)

        self.assignEdit = QLineEdit(RoutingRuleDialog)
        self.assignEdit.setObjectName(u"assignEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.assignEdit)

        self.assignWordsLabel = QLabel(RoutingRuleDialog)
        self.assignWordsLabel.setObjectName(u"assignWordsLabel")
        sizePolicy.setHeightForWidth(self.assignWordsLabel.sizePolicy().hasHeightForWidth())
        self.assignWordsLabel.setSizePolicy(sizePolicy)
        self.assignWordsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.assignWordsLabel.setWordWrap(True)
        self.assignWordsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.assignWordsLabel)

        self.reasonLabel = QLabel(RoutingRuleDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RoutingRuleDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.layout.addLayout(self.form)

        self.stepsLabel = QLabel(RoutingRuleDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")
        self.stepsLabel.setWordWrap(True)

        self.layout.addWidget(self.stepsLabel)

        self.messageLabel = QLabel(RoutingRuleDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom)

        self.buttons = QDialogButtonBox(RoutingRuleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.priorityLabel.setBuddy(self.prioritySpin)
        self.typeLabel.setBuddy(self.typeCombo)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.newLabel.setBuddy(self.newCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.chainLabel.setBuddy(self.chainEdit)
        self.assignLabel.setBuddy(self.assignEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prioritySpin, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.newCombo)
        QWidget.setTabOrder(self.newCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.chainEdit)
        QWidget.setTabOrder(self.chainEdit, self.assignEdit)
        QWidget.setTabOrder(self.assignEdit, self.reasonEdit)

        self.retranslateUi(RoutingRuleDialog)

        QMetaObject.connectSlotsByName(RoutingRuleDialog)
    # setupUi

    def retranslateUi(self, RoutingRuleDialog):
        RoutingRuleDialog.setWindowTitle(QCoreApplication.translate("RoutingRuleDialog", u"Routing rule", None))
        self.priorityLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"&Priority (lowest first):", None))
        self.typeLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"Client t&ype:", None))
        self.purposeLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"P&urpose of the call:", None))
        self.newLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"&New client:", None))
        self.actionLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"&Then:", None))
        self.chainLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"Transfer t&o, in order:", None))
        self.assignLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"A&ssigns a manager (new clients):", None))
        self.reasonLabel.setText(QCoreApplication.translate("RoutingRuleDialog", u"&Reason shown to the operator:", None))
    # retranslateUi
