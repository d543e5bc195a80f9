"""Generated from forms/password_dialog.ui by tools/build_forms.py; do not edit."""
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(460, 200)
        self.outer = QVBoxLayout(PasswordDialog)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.firstLabel = QLabel(PasswordDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstEdit = QLineEdit(PasswordDialog)
        self.firstEdit.setObjectName(u"firstEdit")
        self.firstEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstEdit)

        self.secondLabel = QLabel(PasswordDialog)
        self.secondLabel.setObjectName(u"secondLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secondLabel)

        self.secondEdit = QLineEdit(PasswordDialog)
        self.secondEdit.setObjectName(u"secondEdit")
        self.secondEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secondEdit)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(PasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.firstEdit)
        self.secondLabel.setBuddy(self.secondEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstEdit, self.secondEdit)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"New password", None))
        self.firstLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password:", None))
        self.secondLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Again:", None))
    # retranslateUi
