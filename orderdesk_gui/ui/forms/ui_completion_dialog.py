"""Generated from forms/completion_dialog.ui by tools/build_forms.py; do not edit."""
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CompletionDialog(object):
    def setupUi(self, CompletionDialog):
        if not CompletionDialog.objectName():
            CompletionDialog.setObjectName(u"CompletionDialog")
        CompletionDialog.resize(560, 460)
        self.layout = QVBoxLayout(CompletionDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(CompletionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.deliveryLabel = QLabel(CompletionDialog)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deliveryLabel)

        self.deliveryEdit = QDateEdit(CompletionDialog)
        self.deliveryEdit.setObjectName(u"deliveryEdit")
        self.deliveryEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deliveryEdit)

        self.receiverLabel = QLabel(CompletionDialog)
        self.receiverLabel.setObjectName(u"receiverLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receiverLabel)

        self.receiverCombo = QComboBox(CompletionDialog)
        self.receiverCombo.setObjectName(u"receiverCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiverCombo)

        self.presentCheck = QCheckBox(CompletionDialog)
        self.presentCheck.setObjectName(u"presentCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.presentCheck)

        self.paymentLabel = QLabel(CompletionDialog)
        self.paymentLabel.setObjectName(u"paymentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paymentLabel)

        self.paymentCombo = QComboBox(CompletionDialog)
        self.paymentCombo.setObjectName(u"paymentCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paymentCombo)

        self.documentsLabel = QLabel(CompletionDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documentsEdit = QLineEdit(CompletionDialog)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.pickupCheck = QCheckBox(CompletionDialog)
        self.pickupCheck.setObjectName(u"pickupCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pickupCheck)

        self.pickupEdit = QDateEdit(CompletionDialog)
        self.pickupEdit.setObjectName(u"pickupEdit")
        self.pickupEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pickupEdit)

        self.shippingLabel = QLabel(CompletionDialog)
        self.shippingLabel.setObjectName(u"shippingLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.shippingLabel)

        self.shippingEdit = QPlainTextEdit(CompletionDialog)
        self.shippingEdit.setObjectName(u"shippingEdit")
        self.shippingEdit.setTabChangesFocus(True)
        self.shippingEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.shippingEdit)

        self.commentLabel = QLabel(CompletionDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QLineEdit(CompletionDialog)
        self.commentEdit.setObjectName(u"commentEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(CompletionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(CompletionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.deliveryLabel.setBuddy(self.deliveryEdit)
        self.receiverLabel.setBuddy(self.receiverCombo)
        self.paymentLabel.setBuddy(self.paymentCombo)
        self.documentsLabel.setBuddy(self.documentsEdit)
        self.shippingLabel.setBuddy(self.shippingEdit)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presentCheck, self.deliveryEdit)
        QWidget.setTabOrder(self.deliveryEdit, self.receiverCombo)
        QWidget.setTabOrder(self.receiverCombo, self.paymentCombo)
        QWidget.setTabOrder(self.paymentCombo, self.documentsEdit)
        QWidget.setTabOrder(self.documentsEdit, self.pickupCheck)
        QWidget.setTabOrder(self.pickupCheck, self.pickupEdit)
        QWidget.setTabOrder(self.pickupEdit, self.shippingEdit)
        QWidget.setTabOrder(self.shippingEdit, self.commentEdit)

        self.retranslateUi(CompletionDialog)

        QMetaObject.connectSlotsByName(CompletionDialog)
    # setupUi

    def retranslateUi(self, CompletionDialog):
        CompletionDialog.setWindowTitle(QCoreApplication.translate("CompletionDialog", u"Complete the order", None))
        self.deliveryLabel.setText(QCoreApplication.translate("CompletionDialog", u"&Delivery date:", None))
        self.deliveryEdit.setDisplayFormat(QCoreApplication.translate("CompletionDialog", u"dd.MM.yyyy, dddd", None))
        self.receiverLabel.setText(QCoreApplication.translate("CompletionDialog", u"&Receiver:", None))
        self.presentCheck.setText(QCoreApplication.translate("CompletionDialog", u"The receiver &will be present (Space)", None))
        self.paymentLabel.setText(QCoreApplication.translate("CompletionDialog", u"Pa&yment:", None))
        self.documentsLabel.setText(QCoreApplication.translate("CompletionDialog", u"Doc&uments to sign:", None))
        self.pickupCheck.setText(QCoreApplication.translate("CompletionDialog", u"&Pickup on:", None))
        self.pickupEdit.setDisplayFormat(QCoreApplication.translate("CompletionDialog", u"dd.MM.yyyy, dddd", None))
        self.shippingLabel.setText(QCoreApplication.translate("CompletionDialog", u"S&hipping details:", None))
        self.commentLabel.setText(QCoreApplication.translate("CompletionDialog", u"&Comment:", None))
    # retranslateUi
