"""Generated from forms/person_dialog.ui by tools/build_forms.py; do not edit."""
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 420)
        self.outer = QVBoxLayout(PersonDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.loginLabel = QLabel(PersonDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(PersonDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.departmentLabel = QLabel(PersonDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(PersonDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.headOfLabel = QLabel(PersonDialog)
        self.headOfLabel.setObjectName(u"headOfLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.headOfLabel)

        self.headOfCombo = QComboBox(PersonDialog)
        self.headOfCombo.setObjectName(u"headOfCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headOfCombo)

        self.kamCheck = QCheckBox(PersonDialog)
        self.kamCheck.setObjectName(u"kamCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kamCheck)

        self.extensionLabel = QLabel(PersonDialog)
        self.extensionLabel.setObjectName(u"extensionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.extensionLabel)

        self.extensionEdit = QLineEdit(PersonDialog)
        self.extensionEdit.setObjectName(u"extensionEdit")
        self.extensionEdit.setMaxLength(16)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.extensionEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.passwordLabel = QLabel(PersonDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(PersonDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(PersonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.headOfLabel.setBuddy(self.headOfCombo)
        self.extensionLabel.setBuddy(self.extensionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.headOfCombo)
        QWidget.setTabOrder(self.headOfCombo, self.kamCheck)
        QWidget.setTabOrder(self.kamCheck, self.extensionEdit)
        QWidget.setTabOrder(self.extensionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.passwordEdit)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.loginLabel.setText(QCoreApplication.translate("PersonDialog", u"&User name:", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Full name:", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role:", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
        self.headOfLabel.setText(QCoreApplication.translate("PersonDialog", u"&Heads:", None))
        self.kamCheck.setText(QCoreApplication.translate("PersonDialog", u"&Key-account manager", None))
        self.extensionLabel.setText(QCoreApplication.translate("PersonDialog", u"E&xtension:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"P&hone:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"E-&mail:", None))
        self.passwordLabel.setText(QCoreApplication.translate("PersonDialog", u"First &password:", None))
    # retranslateUi
