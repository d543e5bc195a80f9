"""Generated from forms/suggestions_panel.ui by tools/build_forms.py; do not edit."""
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_SuggestionsPanel(object):
    def setupUi(self, SuggestionsPanel):
        if not SuggestionsPanel.objectName():
            SuggestionsPanel.setObjectName(u"SuggestionsPanel")
        SuggestionsPanel.resize(320, 560)
        self.layout = QVBoxLayout(SuggestionsPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 0, 4, 0)
        self.titleLabel = QLabel(SuggestionsPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.counterLabel = QLabel(SuggestionsPanel)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setWordWrap(True)

        self.layout.addWidget(self.counterLabel)

        self.view = QTableView(SuggestionsPanel)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.keysLabel = QLabel(SuggestionsPanel)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.layout.addWidget(self.keysLabel)


        self.retranslateUi(SuggestionsPanel)

        QMetaObject.connectSlotsByName(SuggestionsPanel)
    # setupUi

    def retranslateUi(self, SuggestionsPanel):
        self.titleLabel.setText(QCoreApplication.translate("SuggestionsPanel", u"Suggested products", None))
        self.keysLabel.setText(QCoreApplication.translate("SuggestionsPanel", u"Alt+\u2193\u2191 choose \u00b7 Alt+Enter add (accepted) \u00b7 declined: Alt+1 not needed, Alt+2 price, Alt+3 has stock, Alt+4 other", None))
        pass
    # retranslateUi
