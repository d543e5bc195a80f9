"""Generated from forms/presence_dialog.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PresenceDialog(object):
    def setupUi(self, PresenceDialog):
        if not PresenceDialog.objectName():
            PresenceDialog.setObjectName(u"PresenceDialog")
        PresenceDialog.resize(560, 260)
        self.layout = QVBoxLayout(PresenceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personLabel = QLabel(PresenceDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(PresenceDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.presenceLabel = QLabel(PresenceDialog)
        self.presenceLabel.setObjectName(u"presenceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.presenceLabel)

        self.presenceCombo = QComboBox(PresenceDialog)
        self.presenceCombo.setObjectName(u"presenceCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.presenceCombo)

        self.untilLabel = QLabel(PresenceDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = QDateEdit(PresenceDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.untilEdit)

        self.substituteLabel = QLabel(PresenceDialog)
        self.substituteLabel.setObjectName(u"substituteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.substituteLabel)

        self.substituteCombo = QComboBox(PresenceDialog)
        self.substituteCombo.setObjectName(u"substituteCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.substituteCombo)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(PresenceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(PresenceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.presenceLabel.setBuddy(self.presenceCombo)
        self.untilLabel.setBuddy(self.untilEdit)
        self.substituteLabel.setBuddy(self.substituteCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.presenceCombo)
        QWidget.setTabOrder(self.presenceCombo, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.substituteCombo)

        self.retranslateUi(PresenceDialog)

        QMetaObject.connectSlotsByName(PresenceDialog)
    # setupUi

    def retranslateUi(self, PresenceDialog):
        PresenceDialog.setWindowTitle(QCoreApplication.translate("PresenceDialog", u"Presence and substitute", None))
        self.personLabel.setText(QCoreApplication.translate("PresenceDialog", u"&Person:", None))
        self.presenceLabel.setText(QCoreApplication.translate("PresenceDialog", u"P&resence:", None))
        self.untilLabel.setText(QCoreApplication.translate("PresenceDialog", u"Absent &until (last day):", None))
        self.substituteLabel.setText(QCoreApplication.translate("PresenceDialog", u"&Substitute:", None))
    # retranslateUi
