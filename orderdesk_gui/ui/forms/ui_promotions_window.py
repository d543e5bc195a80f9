"""Generated from forms/promotions_window.ui by tools/build_forms.py; do not edit."""
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PromotionsWindow(object):
    def setupUi(self, PromotionsWindow):
        if not PromotionsWindow.objectName():
            PromotionsWindow.setObjectName(u"PromotionsWindow")
        PromotionsWindow.resize(1300, 700)
        self.layout = QVBoxLayout(PromotionsWindow)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.whichLabel = QLabel(PromotionsWindow)
        self.whichLabel.setObjectName(u"whichLabel")

        self.filters.addWidget(self.whichLabel)

        self.whichCombo = QComboBox(PromotionsWindow)
        self.whichCombo.setObjectName(u"whichCombo")

        self.filters.addWidget(self.whichCombo)

        self.findLabel = QLabel(PromotionsWindow)
        self.findLabel.setObjectName(u"findLabel")

        self.filters.addWidget(self.findLabel)

        self.findEdit = QLineEdit(PromotionsWindow)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.findEdit)

        self.newButton = QPushButton(PromotionsWindow)
        self.newButton.setObjectName(u"newButton")

        self.filters.addWidget(self.newButton)


        self.layout.addLayout(self.filters)

        self.splitter = QSplitter(PromotionsWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listView = QTableView(self.splitter)
        self.listView.setObjectName(u"listView")
        self.splitter.addWidget(self.listView)
        self.editor = QWidget(self.splitter)
        self.editor.setObjectName(u"editor")
        self.editorLayout = QVBoxLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(self.editor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.editor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.editor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.editor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.periodLabel = QLabel(self.editor)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.period = QHBoxLayout()
        self.period.setObjectName(u"period")
        self.fromEdit = QDateEdit(self.editor)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.period.addWidget(self.fromEdit)

        self.toEdit = QDateEdit(self.editor)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.period.addWidget(self.toEdit)

        self.activeCheck = QCheckBox(self.editor)
        self.activeCheck.setObjectName(u"activeCheck")

        self.period.addWidget(self.activeCheck)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period.addItem(self.spacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.period)

        self.audienceLabel = QLabel(self.editor)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audience = QHBoxLayout()
        self.audience.setObjectName(u"audience")
        self.typeCombo = QComboBox(self.editor)
        self.typeCombo.setObjectName(u"typeCombo")

        self.audience.addWidget(self.typeCombo)

        self.regionCombo = QComboBox(self.editor)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setEditable(True)

        self.audience.addWidget(self.regionCombo)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.audience)

        self.noteLabel = QLabel(self.editor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.editor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 60))
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.productLabel = QLabel(self.editor)
        self.productLabel.setObjectName(u"productLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productEdit = QLineEdit(self.editor)
        self.productEdit.setObjectName(u"productEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.productEdit)


        self.editorLayout.addLayout(self.form)

        self.hitsList = QListWidget(self.editor)
        self.hitsList.setObjectName(u"hitsList")
        self.hitsList.setMaximumSize(QSize(16777215, 90))

        self.editorLayout.addWidget(self.hitsList)

        self.itemsTable = QTableWidget(self.editor)
        self.itemsTable.setObjectName(u"itemsTable")

        self.editorLayout.addWidget(self.itemsTable)

        self.splitter.addWidget(self.editor)

        self.layout.addWidget(self.splitter)

        self.statusLabel = QLabel(PromotionsWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.saveButton = QPushButton(PromotionsWindow)
        self.saveButton.setObjectName(u"saveButton")

        self.bottom.addWidget(self.saveButton)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.spacer2)

        self.buttons = QDialogButtonBox(PromotionsWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom.addWidget(self.buttons)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.whichLabel.setBuddy(self.whichCombo)
        self.findLabel.setBuddy(self.findEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.fromEdit)
        self.audienceLabel.setBuddy(self.typeCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.productLabel.setBuddy(self.productEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whichCombo, self.findEdit)
        QWidget.setTabOrder(self.findEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.listView)
        QWidget.setTabOrder(self.listView, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.productEdit)
        QWidget.setTabOrder(self.productEdit, self.hitsList)
        QWidget.setTabOrder(self.hitsList, self.itemsTable)
        QWidget.setTabOrder(self.itemsTable, self.saveButton)

        self.retranslateUi(PromotionsWindow)

        QMetaObject.connectSlotsByName(PromotionsWindow)
    # setupUi

    def retranslateUi(self, PromotionsWindow):
        PromotionsWindow.setWindowTitle(QCoreApplication.translate("PromotionsWindow", u"Promotions and special items", None))
        self.whichLabel.setText(QCoreApplication.translate("PromotionsWindow", u"&Show:", None))
        self.findLabel.setText(QCoreApplication.translate("PromotionsWindow", u"F&ind:", None))
        self.newButton.setText(QCoreApplication.translate("PromotionsWindow", u"&New promotion", None))
        self.nameLabel.setText(QCoreApplication.translate("PromotionsWindow", u"N&ame:", None))
        self.kindLabel.setText(QCoreApplication.translate("PromotionsWindow", u"&Kind:", None))
        self.periodLabel.setText(QCoreApplication.translate("PromotionsWindow", u"&From, to:", None))
        self.activeCheck.setText(QCoreApplication.translate("PromotionsWindow", u"A&ctive", None))
        self.audienceLabel.setText(QCoreApplication.translate("PromotionsWindow", u"For &clients:", None))
        self.noteLabel.setText(QCoreApplication.translate("PromotionsWindow", u"Note for the &operator:", None))
        self.productLabel.setText(QCoreApplication.translate("PromotionsWindow", u"Add a &product:", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("PromotionsWindow", u"code, barcode or name; Enter finds, \u2193 chooses", None))
        self.saveButton.setText(QCoreApplication.translate("PromotionsWindow", u"&Save", None))
    # retranslateUi
