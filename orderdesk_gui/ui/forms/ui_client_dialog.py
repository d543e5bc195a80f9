"""Generated from forms/client_dialog.ui by tools/build_forms.py; do not edit."""
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
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(720, 620)
        self.layout = QVBoxLayout(ClientDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ClientDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ClientDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(ClientDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(ClientDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.phoneLabel = QLabel(ClientDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ClientDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.taxLabel = QLabel(ClientDialog)
        self.taxLabel.setObjectName(u"taxLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.taxLabel)

        self.taxEdit = QLineEdit(ClientDialog)
        self.taxEdit.setObjectName(u"taxEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.taxEdit)

        self.statusLabel = QLabel(ClientDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ClientDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.cityLabel = QLabel(ClientDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityRow = QHBoxLayout()
        self.cityRow.setObjectName(u"cityRow")
        self.cityEdit = QLineEdit(ClientDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.cityRow.addWidget(self.cityEdit)

        self.regionEdit = QLineEdit(ClientDialog)
        self.regionEdit.setObjectName(u"regionEdit")

        self.cityRow.addWidget(self.regionEdit)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.cityRow)

        self.addressLabel = QLabel(ClientDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(ClientDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.shippingLabel = QLabel(ClientDialog)
        self.shippingLabel.setObjectName(u"shippingLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.shippingLabel)

        self.shippingEdit = QLineEdit(ClientDialog)
        self.shippingEdit.setObjectName(u"shippingEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.shippingEdit)

        self.limitLabel = QLabel(ClientDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitRow = QHBoxLayout()
        self.limitRow.setObjectName(u"limitRow")
        self.limitEdit = QLineEdit(ClientDialog)
        self.limitEdit.setObjectName(u"limitEdit")

        self.limitRow.addWidget(self.limitEdit)

        self.delaySpin = QSpinBox(ClientDialog)
        self.delaySpin.setObjectName(u"delaySpin")
        self.delaySpin.setMaximum(365)

        self.limitRow.addWidget(self.delaySpin)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.limitRow)

        self.managerLabel = QLabel(ClientDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerCombo = QComboBox(ClientDialog)
        self.managerCombo.setObjectName(u"managerCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.managerCombo)

        self.notesLabel = QLabel(ClientDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(ClientDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.languageLabel = QLabel(ClientDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ClientDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.layout.addLayout(self.form)

        self.contactsLabel = QLabel(ClientDialog)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.layout.addWidget(self.contactsLabel)

        self.contactsTable = QTableWidget(ClientDialog)
        if (self.contactsTable.columnCount() < 6):
            self.contactsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setColumnCount(6)

        self.layout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(ClientDialog)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(ClientDialog)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.spacer)


        self.layout.addLayout(self.contactButtons)

        self.messageLabel = QLabel(ClientDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ClientDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.taxLabel.setBuddy(self.taxEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.cityLabel.setBuddy(self.cityEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.shippingLabel.setBuddy(self.shippingEdit)
        self.limitLabel.setBuddy(self.limitEdit)
        self.managerLabel.setBuddy(self.managerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDialog)

        QMetaObject.connectSlotsByName(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Client card", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientDialog", u"&Name:", None))
        self.typeLabel.setText(QCoreApplication.translate("ClientDialog", u"&Type:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ClientDialog", u"&Phone:", None))
        self.taxLabel.setText(QCoreApplication.translate("ClientDialog", u"&BIN/IIN:", None))
        self.statusLabel.setText(QCoreApplication.translate("ClientDialog", u"&Status:", None))
        self.cityLabel.setText(QCoreApplication.translate("ClientDialog", u"&City, region:", None))
        self.addressLabel.setText(QCoreApplication.translate("ClientDialog", u"&Delivery address:", None))
        self.shippingLabel.setText(QCoreApplication.translate("ClientDialog", u"S&hipping details:", None))
        self.limitLabel.setText(QCoreApplication.translate("ClientDialog", u"Credit &limit, payment days:", None))
        self.managerLabel.setText(QCoreApplication.translate("ClientDialog", u"&Manager:", None))
        self.notesLabel.setText(QCoreApplication.translate("ClientDialog", u"N&otes:", None))
        self.languageLabel.setText(QCoreApplication.translate("ClientDialog", u"Documents in (&language):", None))
        self.contactsLabel.setText(QCoreApplication.translate("ClientDialog", u"Contacts (phones separated by commas; tick who may receive goods):", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClientDialog", u"Name", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClientDialog", u"Role", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClientDialog", u"Phones", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClientDialog", u"E-mail", None))
        ___qtablewidgetitem4 = self.contactsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ClientDialog", u"Fax", None))
        ___qtablewidgetitem5 = self.contactsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ClientDialog", u"Receives goods", None))
        self.addContactButton.setText(QCoreApplication.translate("ClientDialog", u"&Add contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("ClientDialog", u"&Remove contact", None))
    # retranslateUi
