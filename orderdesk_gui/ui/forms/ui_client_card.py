"""Generated from forms/client_card.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

from orderdesk_gui.ui.elided import ElidedLabel

class Ui_ClientCard(object):
    def setupUi(self, ClientCard):
        if not ClientCard.objectName():
            ClientCard.setObjectName(u"ClientCard")
        ClientCard.resize(380, 640)
        self.layout = QVBoxLayout(ClientCard)
        self.layout.setObjectName(u"layout")
        self.nameLabel = ElidedLabel(ClientCard)
        self.nameLabel.setObjectName(u"nameLabel")

        self.layout.addWidget(self.nameLabel)

        self.subtitleLabel = QLabel(ClientCard)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.layout.addWidget(self.subtitleLabel)

        self.busyLabel = QLabel(ClientCard)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setWordWrap(True)

        self.layout.addWidget(self.busyLabel)

        self.debtFrame = QFrame(ClientCard)
        self.debtFrame.setObjectName(u"debtFrame")
        self.debtFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.debtLayout = QVBoxLayout(self.debtFrame)
        self.debtLayout.setSpacing(2)
        self.debtLayout.setObjectName(u"debtLayout")
        self.debtLevelLabel = QLabel(self.debtFrame)
        self.debtLevelLabel.setObjectName(u"debtLevelLabel")
        self.debtLevelLabel.setWordWrap(True)

        self.debtLayout.addWidget(self.debtLevelLabel)

        self.debtDetailLabel = QLabel(self.debtFrame)
        self.debtDetailLabel.setObjectName(u"debtDetailLabel")
        self.debtDetailLabel.setWordWrap(True)
        self.debtDetailLabel.setTextFormat(Qt.TextFormat.RichText)

        self.debtLayout.addWidget(self.debtDetailLabel)


        self.layout.addWidget(self.debtFrame)

        self.debtsAsOfLabel = QLabel(ClientCard)
        self.debtsAsOfLabel.setObjectName(u"debtsAsOfLabel")
        self.debtsAsOfLabel.setWordWrap(True)

        self.layout.addWidget(self.debtsAsOfLabel)

        self.routeLabel = QLabel(ClientCard)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setWordWrap(True)
        self.routeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.routeLabel)

        self.complaintsLabel = QLabel(ClientCard)
        self.complaintsLabel.setObjectName(u"complaintsLabel")
        self.complaintsLabel.setWordWrap(True)

        self.layout.addWidget(self.complaintsLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.managerCaption = QLabel(ClientCard)
        self.managerCaption.setObjectName(u"managerCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.managerCaption)

        self.managerLabel = QLabel(ClientCard)
        self.managerLabel.setObjectName(u"managerLabel")
        self.managerLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.managerLabel)

        self.priceCaption = QLabel(ClientCard)
        self.priceCaption.setObjectName(u"priceCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priceCaption)

        self.priceLabel = QLabel(ClientCard)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.priceLabel)

        self.termsCaption = QLabel(ClientCard)
        self.termsCaption.setObjectName(u"termsCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.termsCaption)

        self.termsLabel = QLabel(ClientCard)
        self.termsLabel.setObjectName(u"termsLabel")
        self.termsLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.termsLabel)

        self.addressCaption = QLabel(ClientCard)
        self.addressCaption.setObjectName(u"addressCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressLabel = QLabel(ClientCard)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressLabel)

        self.taxCaption = QLabel(ClientCard)
        self.taxCaption.setObjectName(u"taxCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.taxCaption)

        self.taxLabel = QLabel(ClientCard)
        self.taxLabel.setObjectName(u"taxLabel")
        self.taxLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.taxLabel)


        self.layout.addLayout(self.form)

        self.contactsCaption = QLabel(ClientCard)
        self.contactsCaption.setObjectName(u"contactsCaption")

        self.layout.addWidget(self.contactsCaption)

        self.contactsLabel = QLabel(ClientCard)
        self.contactsLabel.setObjectName(u"contactsLabel")
        self.contactsLabel.setWordWrap(True)
        self.contactsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.contactsLabel)

        self.ordersCaption = QLabel(ClientCard)
        self.ordersCaption.setObjectName(u"ordersCaption")

        self.layout.addWidget(self.ordersCaption)

        self.ordersView = QTableView(ClientCard)
        self.ordersView.setObjectName(u"ordersView")
        self.ordersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ordersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ordersView.setAlternatingRowColors(True)

        self.layout.addWidget(self.ordersView)

        self.callsCaption = QLabel(ClientCard)
        self.callsCaption.setObjectName(u"callsCaption")

        self.layout.addWidget(self.callsCaption)

        self.callsView = QTableView(ClientCard)
        self.callsView.setObjectName(u"callsView")
        self.callsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.callsView)

        self.notesLabel = QLabel(ClientCard)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.layout.addWidget(self.notesLabel)


        self.retranslateUi(ClientCard)

        QMetaObject.connectSlotsByName(ClientCard)
    # setupUi

    def retranslateUi(self, ClientCard):
        self.managerCaption.setText(QCoreApplication.translate("ClientCard", u"Manager:", None))
        self.priceCaption.setText(QCoreApplication.translate("ClientCard", u"Price column:", None))
        self.termsCaption.setText(QCoreApplication.translate("ClientCard", u"Credit terms:", None))
        self.addressCaption.setText(QCoreApplication.translate("ClientCard", u"Delivery:", None))
        self.taxCaption.setText(QCoreApplication.translate("ClientCard", u"BIN/IIN:", None))
        self.contactsCaption.setText(QCoreApplication.translate("ClientCard", u"Contacts", None))
        self.ordersCaption.setText(QCoreApplication.translate("ClientCard", u"Last orders", None))
        self.callsCaption.setText(QCoreApplication.translate("ClientCard", u"Calls of this client", None))
        pass
    # retranslateUi
