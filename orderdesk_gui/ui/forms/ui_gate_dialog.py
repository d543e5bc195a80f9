"""Generated from forms/gate_dialog.ui by tools/build_forms.py; do not edit."""
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
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_GateDialog(object):
    def setupUi(self, GateDialog):
        if not GateDialog.objectName():
            GateDialog.setObjectName(u"GateDialog")
        GateDialog.resize(600, 480)
        self.layout = QVBoxLayout(GateDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(GateDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.reasonsLabel = QLabel(GateDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setWordWrap(True)
        self.reasonsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.reasonsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.reasonsLabel)

        self.debtsAsOfLabel = QLabel(GateDialog)
        self.debtsAsOfLabel.setObjectName(u"debtsAsOfLabel")
        self.debtsAsOfLabel.setWordWrap(True)

        self.layout.addWidget(self.debtsAsOfLabel)

        self.transferGroup = QGroupBox(GateDialog)
        self.transferGroup.setObjectName(u"transferGroup")
        self.transferLayout = QVBoxLayout(self.transferGroup)
        self.transferLayout.setObjectName(u"transferLayout")
        self.transferButton = QPushButton(self.transferGroup)
        self.transferButton.setObjectName(u"transferButton")
        self.transferButton.setAutoDefault(False)

        self.transferLayout.addWidget(self.transferButton)

        self.financeButton = QPushButton(self.transferGroup)
        self.financeButton.setObjectName(u"financeButton")
        self.financeButton.setAutoDefault(False)

        self.transferLayout.addWidget(self.financeButton)


        self.layout.addWidget(self.transferGroup)

        self.overrideGroup = QGroupBox(GateDialog)
        self.overrideGroup.setObjectName(u"overrideGroup")
        self.overrideForm = QFormLayout(self.overrideGroup)
        self.overrideForm.setObjectName(u"overrideForm")
        self.approverLabel = QLabel(self.overrideGroup)
        self.approverLabel.setObjectName(u"approverLabel")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approverLabel)

        self.approverEdit = QLineEdit(self.overrideGroup)
        self.approverEdit.setObjectName(u"approverEdit")
        self.approverEdit.setMaxLength(64)

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approverEdit)

        self.approverPasswordLabel = QLabel(self.overrideGroup)
        self.approverPasswordLabel.setObjectName(u"approverPasswordLabel")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approverPasswordLabel)

        self.approverPasswordEdit = QLineEdit(self.overrideGroup)
        self.approverPasswordEdit.setObjectName(u"approverPasswordEdit")
        self.approverPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approverPasswordEdit)

        self.amountLabel = QLabel(self.overrideGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(self.overrideGroup)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(24)

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.reasonLabel = QLabel(self.overrideGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.overrideForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.overrideGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.overrideForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.overrideButton = QPushButton(self.overrideGroup)
        self.overrideButton.setObjectName(u"overrideButton")

        self.overrideForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.overrideButton)


        self.layout.addWidget(self.overrideGroup)

        self.messageLabel = QLabel(GateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(GateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.approverLabel.setBuddy(self.approverEdit)
        self.approverPasswordLabel.setBuddy(self.approverPasswordEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approverEdit, self.approverPasswordEdit)
        QWidget.setTabOrder(self.approverPasswordEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.overrideButton)
        QWidget.setTabOrder(self.overrideButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.financeButton)

        self.retranslateUi(GateDialog)

        self.overrideButton.setDefault(True)


        QMetaObject.connectSlotsByName(GateDialog)
    # setupUi

    def retranslateUi(self, GateDialog):
        GateDialog.setWindowTitle(QCoreApplication.translate("GateDialog", u"Orders stopped by debt", None))
        self.titleLabel.setText(QCoreApplication.translate("GateDialog", u"\u2716 STOP: no order while the debt is not settled", None))
        self.transferGroup.setTitle(QCoreApplication.translate("GateDialog", u"Pass the client on", None))
        self.transferButton.setText(QCoreApplication.translate("GateDialog", u"Transfer to the manager", None))
        self.financeButton.setText(QCoreApplication.translate("GateDialog", u"Transfer to finance", None))
        self.overrideGroup.setTitle(QCoreApplication.translate("GateDialog", u"Override for this order (finance or head of sales)", None))
        self.approverLabel.setText(QCoreApplication.translate("GateDialog", u"&Approved by (user):", None))
        self.approverPasswordLabel.setText(QCoreApplication.translate("GateDialog", u"Their &password:", None))
        self.amountLabel.setText(QCoreApplication.translate("GateDialog", u"Order up to (&amount):", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("GateDialog", u"The most this order may reach, e.g. 150 000", None))
        self.reasonLabel.setText(QCoreApplication.translate("GateDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("GateDialog", u"Why the order is taken despite the debt", None))
        self.overrideButton.setText(QCoreApplication.translate("GateDialog", u"&Override and start the order (Enter)", None))
    # retranslateUi
