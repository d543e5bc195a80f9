"""Generated from forms/setup_dialog.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(980, 660)
        SetupDialog.setModal(True)
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(SetupDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.stepLabel = QLabel(SetupDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.layout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(SetupDialog)
        self.pages.setObjectName(u"pages")
        self.companyPage = QWidget()
        self.companyPage.setObjectName(u"companyPage")
        self.companyLayout = QVBoxLayout(self.companyPage)
        self.companyLayout.setObjectName(u"companyLayout")
        self.companyHint = QLabel(self.companyPage)
        self.companyHint.setObjectName(u"companyHint")
        self.companyHint.setWordWrap(True)

        self.companyLayout.addWidget(self.companyHint)

        self.companyForm = QFormLayout()
        self.companyForm.setObjectName(u"companyForm")
        self.nameLabel = QLabel(self.companyPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.companyPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.binLabel = QLabel(self.companyPage)
        self.binLabel.setObjectName(u"binLabel")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.binLabel)

        self.binEdit = QLineEdit(self.companyPage)
        self.binEdit.setObjectName(u"binEdit")
        self.binEdit.setMaxLength(20)

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.binEdit)

        self.addressLabel = QLabel(self.companyPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.companyPage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.companyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.companyPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.companyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.companyPage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(64)

        self.companyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.faxLabel = QLabel(self.companyPage)
        self.faxLabel.setObjectName(u"faxLabel")

        self.companyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.faxLabel)

        self.faxEdit = QLineEdit(self.companyPage)
        self.faxEdit.setObjectName(u"faxEdit")
        self.faxEdit.setMaxLength(64)

        self.companyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.faxEdit)

        self.emailLabel = QLabel(self.companyPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.companyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.companyPage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.companyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.bankLabel = QLabel(self.companyPage)
        self.bankLabel.setObjectName(u"bankLabel")

        self.companyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bankLabel)

        self.bankEdit = QLineEdit(self.companyPage)
        self.bankEdit.setObjectName(u"bankEdit")
        self.bankEdit.setMaxLength(200)

        self.companyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bankEdit)

        self.accountLabel = QLabel(self.companyPage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.companyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(self.companyPage)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMaxLength(40)

        self.companyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.bikLabel = QLabel(self.companyPage)
        self.bikLabel.setObjectName(u"bikLabel")

        self.companyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.bikLabel)

        self.bikEdit = QLineEdit(self.companyPage)
        self.bikEdit.setObjectName(u"bikEdit")
        self.bikEdit.setMaxLength(16)

        self.companyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.bikEdit)


        self.companyLayout.addLayout(self.companyForm)

        self.companySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.companyLayout.addItem(self.companySpacer)

        self.pages.addWidget(self.companyPage)
        self.adminPage = QWidget()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminHint = QLabel(self.adminPage)
        self.adminHint.setObjectName(u"adminHint")
        self.adminHint.setWordWrap(True)

        self.adminLayout.addWidget(self.adminHint)

        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.loginLabel = QLabel(self.adminPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.adminPage)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.fullNameLabel = QLabel(self.adminPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.adminPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.passwordLabel = QLabel(self.adminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(256)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.adminPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.adminPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setMaxLength(256)
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.adminLayout.addLayout(self.adminForm)

        self.adminSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminLayout.addItem(self.adminSpacer)

        self.pages.addWidget(self.adminPage)
        self.listsPage = QWidget()
        self.listsPage.setObjectName(u"listsPage")
        self.listsLayout = QGridLayout(self.listsPage)
        self.listsLayout.setObjectName(u"listsLayout")
        self.listsHint = QLabel(self.listsPage)
        self.listsHint.setObjectName(u"listsHint")
        self.listsHint.setWordWrap(True)

        self.listsLayout.addWidget(self.listsHint, 0, 0, 1, 2)

        self.departmentsBox = QGroupBox(self.listsPage)
        self.departmentsBox.setObjectName(u"departmentsBox")
        self.departmentsBoxLayout = QVBoxLayout(self.departmentsBox)
        self.departmentsBoxLayout.setObjectName(u"departmentsBoxLayout")
        self.departmentsTable = QTableWidget(self.departmentsBox)
        if (self.departmentsTable.columnCount() < 2):
            self.departmentsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.departmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.departmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.departmentsTable.setObjectName(u"departmentsTable")
        self.departmentsTable.setTabKeyNavigation(False)
        self.departmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departmentsTable.setColumnCount(2)
        self.departmentsTable.horizontalHeader().setStretchLastSection(True)
        self.departmentsTable.verticalHeader().setVisible(False)

        self.departmentsBoxLayout.addWidget(self.departmentsTable)

        self.departmentsBoxButtons = QHBoxLayout()
        self.departmentsBoxButtons.setObjectName(u"departmentsBoxButtons")
        self.addDepartmentButton = QPushButton(self.departmentsBox)
        self.addDepartmentButton.setObjectName(u"addDepartmentButton")
        self.addDepartmentButton.setAutoDefault(False)

        self.departmentsBoxButtons.addWidget(self.addDepartmentButton)

        self.removeDepartmentButton = QPushButton(self.departmentsBox)
        self.removeDepartmentButton.setObjectName(u"removeDepartmentButton")
        self.removeDepartmentButton.setAutoDefault(False)

        self.departmentsBoxButtons.addWidget(self.removeDepartmentButton)

        self.departmentsBoxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departmentsBoxButtons.addItem(self.departmentsBoxSpacer)


        self.departmentsBoxLayout.addLayout(self.departmentsBoxButtons)


        self.listsLayout.addWidget(self.departmentsBox, 1, 0, 1, 2)

        self.typesBox = QGroupBox(self.listsPage)
        self.typesBox.setObjectName(u"typesBox")
        self.typesBoxLayout = QVBoxLayout(self.typesBox)
        self.typesBoxLayout.setObjectName(u"typesBoxLayout")
        self.typesTable = QTableWidget(self.typesBox)
        if (self.typesTable.columnCount() < 2):
            self.typesTable.setColumnCount(2)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.typesTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.typesTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        self.typesTable.setObjectName(u"typesTable")
        self.typesTable.setTabKeyNavigation(False)
        self.typesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.typesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.typesTable.setColumnCount(2)
        self.typesTable.horizontalHeader().setStretchLastSection(True)
        self.typesTable.verticalHeader().setVisible(False)

        self.typesBoxLayout.addWidget(self.typesTable)

        self.typesBoxButtons = QHBoxLayout()
        self.typesBoxButtons.setObjectName(u"typesBoxButtons")
        self.addTypeButton = QPushButton(self.typesBox)
        self.addTypeButton.setObjectName(u"addTypeButton")
        self.addTypeButton.setAutoDefault(False)

        self.typesBoxButtons.addWidget(self.addTypeButton)

        self.removeTypeButton = QPushButton(self.typesBox)
        self.removeTypeButton.setObjectName(u"removeTypeButton")
        self.removeTypeButton.setAutoDefault(False)

        self.typesBoxButtons.addWidget(self.removeTypeButton)

        self.typesBoxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.typesBoxButtons.addItem(self.typesBoxSpacer)


        self.typesBoxLayout.addLayout(self.typesBoxButtons)


        self.listsLayout.addWidget(self.typesBox, 2, 0, 1, 1)

        self.columnsBox = QGroupBox(self.listsPage)
        self.columnsBox.setObjectName(u"columnsBox")
        self.columnsBoxLayout = QVBoxLayout(self.columnsBox)
        self.columnsBoxLayout.setObjectName(u"columnsBoxLayout")
        self.columnsTable = QTableWidget(self.columnsBox)
        if (self.columnsTable.columnCount() < 3):
            self.columnsTable.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setTabKeyNavigation(False)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columnsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columnsTable.setColumnCount(3)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.columnsBoxLayout.addWidget(self.columnsTable)

        self.columnsBoxButtons = QHBoxLayout()
        self.columnsBoxButtons.setObjectName(u"columnsBoxButtons")
        self.addColumnButton = QPushButton(self.columnsBox)
        self.addColumnButton.setObjectName(u"addColumnButton")
        self.addColumnButton.setAutoDefault(False)

        self.columnsBoxButtons.addWidget(self.addColumnButton)

        self.removeColumnButton = QPushButton(self.columnsBox)
        self.removeColumnButton.setObjectName(u"removeColumnButton")
        self.removeColumnButton.setAutoDefault(False)

        self.columnsBoxButtons.addWidget(self.removeColumnButton)

        self.columnsBoxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.columnsBoxButtons.addItem(self.columnsBoxSpacer)


        self.columnsBoxLayout.addLayout(self.columnsBoxButtons)


        self.listsLayout.addWidget(self.columnsBox, 2, 1, 1, 1)

        self.pages.addWidget(self.listsPage)

        self.layout.addWidget(self.pages)

        self.messageLabel = QLabel(SetupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.navigation = QHBoxLayout()
        self.navigation.setObjectName(u"navigation")
        self.backButton = QPushButton(SetupDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.navigation.addWidget(self.backButton)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigation.addItem(self.navigationSpacer)

        self.nextButton = QPushButton(SetupDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.navigation.addWidget(self.nextButton)

        self.finishButton = QPushButton(SetupDialog)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setAutoDefault(False)

        self.navigation.addWidget(self.finishButton)

        self.cancelButton = QPushButton(SetupDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.navigation.addWidget(self.cancelButton)


        self.layout.addLayout(self.navigation)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.binLabel.setBuddy(self.binEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.faxLabel.setBuddy(self.faxEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.bankLabel.setBuddy(self.bankEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.bikLabel.setBuddy(self.bikEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.binEdit)
        QWidget.setTabOrder(self.binEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.faxEdit)
        QWidget.setTabOrder(self.faxEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.bankEdit)
        QWidget.setTabOrder(self.bankEdit, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.bikEdit)
        QWidget.setTabOrder(self.bikEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.departmentsTable)
        QWidget.setTabOrder(self.departmentsTable, self.addDepartmentButton)
        QWidget.setTabOrder(self.addDepartmentButton, self.removeDepartmentButton)
        QWidget.setTabOrder(self.removeDepartmentButton, self.typesTable)
        QWidget.setTabOrder(self.typesTable, self.addTypeButton)
        QWidget.setTabOrder(self.addTypeButton, self.removeTypeButton)
        QWidget.setTabOrder(self.removeTypeButton, self.columnsTable)
        QWidget.setTabOrder(self.columnsTable, self.addColumnButton)
        QWidget.setTabOrder(self.addColumnButton, self.removeColumnButton)
        QWidget.setTabOrder(self.removeColumnButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.finishButton)
        QWidget.setTabOrder(self.finishButton, self.cancelButton)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"OrderDesk: a new company", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupDialog", u"Set up a new company", None))
        self.companyHint.setText(QCoreApplication.translate("SetupDialog", u"The company as its documents print it. Every desk on this database uses these requisites.", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupDialog", u"Company na&me:", None))
        self.binLabel.setText(QCoreApplication.translate("SetupDialog", u"&BIN:", None))
        self.addressLabel.setText(QCoreApplication.translate("SetupDialog", u"&Address:", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupDialog", u"&Phone:", None))
        self.faxLabel.setText(QCoreApplication.translate("SetupDialog", u"&Fax:", None))
        self.emailLabel.setText(QCoreApplication.translate("SetupDialog", u"&E-mail:", None))
        self.bankLabel.setText(QCoreApplication.translate("SetupDialog", u"Ban&k:", None))
        self.accountLabel.setText(QCoreApplication.translate("SetupDialog", u"Acc&ount (IIK):", None))
        self.bikLabel.setText(QCoreApplication.translate("SetupDialog", u"Bank B&IC:", None))
        self.adminHint.setText(QCoreApplication.translate("SetupDialog", u"The first administrator signs in next, then adds the other users on this computer with the command \u201corderdesk user add\u201d.", None))
        self.loginLabel.setText(QCoreApplication.translate("SetupDialog", u"&User name:", None))
        self.fullNameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Full name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("SetupDialog", u"&Repeat password:", None))
        self.listsHint.setText(QCoreApplication.translate("SetupDialog", u"Codes are what the rules and accounting's files name; names are yours to change. The departments the rules need stay (their names may change). Edit a cell with F2 or by typing; Space marks the base price column.", None))
        self.departmentsBox.setTitle(QCoreApplication.translate("SetupDialog", u"Departments", None))
        ___qtablewidgetitem = self.departmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupDialog", u"Code", None))
        ___qtablewidgetitem1 = self.departmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupDialog", u"Name", None))
        self.addDepartmentButton.setText(QCoreApplication.translate("SetupDialog", u"Add d&epartment", None))
        self.removeDepartmentButton.setText(QCoreApplication.translate("SetupDialog", u"Remove department", None))
        self.typesBox.setTitle(QCoreApplication.translate("SetupDialog", u"Client types", None))
        ___qtablewidgetitem2 = self.typesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupDialog", u"Code", None))
        ___qtablewidgetitem3 = self.typesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupDialog", u"Name", None))
        self.addTypeButton.setText(QCoreApplication.translate("SetupDialog", u"Add client &type", None))
        self.removeTypeButton.setText(QCoreApplication.translate("SetupDialog", u"Remove type", None))
        self.columnsBox.setTitle(QCoreApplication.translate("SetupDialog", u"Price columns", None))
        ___qtablewidgetitem4 = self.columnsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SetupDialog", u"Code", None))
        ___qtablewidgetitem5 = self.columnsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SetupDialog", u"Name", None))
        ___qtablewidgetitem6 = self.columnsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SetupDialog", u"Base", None))
        self.addColumnButton.setText(QCoreApplication.translate("SetupDialog", u"Add price co&lumn", None))
        self.removeColumnButton.setText(QCoreApplication.translate("SetupDialog", u"Remove column", None))
        self.backButton.setText(QCoreApplication.translate("SetupDialog", u"&Back", None))
        self.nextButton.setText(QCoreApplication.translate("SetupDialog", u"&Next", None))
        self.finishButton.setText(QCoreApplication.translate("SetupDialog", u"Create the &company", None))
        self.cancelButton.setText(QCoreApplication.translate("SetupDialog", u"Quit", None))
    # retranslateUi
